// Imported first by main.ts, before anything loads graphql-js: graphql-js decides at load time
// whether to run its development-mode checks (an `instanceOf` that compares class names on every
// type check, measured as a visible share of CPU under load). A served hub is production unless
// the operator says otherwise; tests and scripts keep the checks.
process.env.NODE_ENV ||= 'production';
