// Resolver roots are typed `Row<T>` (a type, not a class) so that type-graphql hands the parent
// object through as it is. With a class type it copies every parent into a new instance of that
// class for every field resolver call: for MikroORM entity classes that costs a constructor and
// property setters each time (measured: ~1 s of CPU per 300 pages of 100 holders).
export type Row<T> = Readonly<T>;
