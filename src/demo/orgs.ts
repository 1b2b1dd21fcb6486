// Who a demo holder is: name (ru/ky, sometimes en), region, sector, ownership, head's position,
// subordination, address and mail domain, composed so that each fits the holder kind (a ministry
// is never a «ОсОО», a hospital is in the health sector, an айыл өкмөтү is in a village).
import type { HolderKindValue } from '../domain/registry/holder-kind.js';
import type { OwnershipForm } from '../modules/holder/holder.enums.js';
import { NGO_FORMS, NGO_THEMES, TRADE_SUFFIXES, TRADE_WORDS, romanise, shortName, slug, type Person } from './names.js';
import { REGIONS, districtForm, townAddress, villageAddress, type District, type Town } from './places.js';
import type { Prng } from './prng.js';
import { COMMERCIAL_SECTOR_WEIGHTS, IE_SECTOR_WEIGHTS, OBLAST_WEIGHTS, REGION_WEIGHTS, SECTOR, type RegionKey, type SectorKey } from './vocabulary.js';

export interface OrgIdentity {
  region: RegionKey;
  sector: SectorKey;
  nameRu: string;
  nameKy: string;
  nameEn: string | null;
  ownershipForm: OwnershipForm;
  subordination: string | null;
  headPosition: string;
  /** Mail domain; null for holders that use personal mailboxes. */
  domain: string | null;
  address: string;
  areaCode: string;
  staff: number;
  /** An айыл өкмөтү keeps the household books (похозяйственные книги) of its villages. */
  keepsHouseholdBooks: boolean;
}

// Rural bodies say where they sit: a village of one of the region's districts.
type Base = Omit<OrgIdentity, 'address' | 'areaCode' | 'keepsHouseholdBooks'> & { village?: { district: District; aimakRu: string } };

const GOV = 'Кабинет Министров Кыргызской Республики';
const MIN_HEALTH = 'Министерство здравоохранения Кыргызской Республики';
const MIN_EDU = 'Министерство образования и науки Кыргызской Республики';

// [ru, ky, en, mail code, head; for services with territorial offices: ru genitive, ky genitive].
const STATE_BODIES: readonly (readonly string[])[] = [
  ['Министерство здравоохранения', 'Саламаттык сактоо министрлиги', 'Ministry of Health', 'med', 'Министр'],
  ['Министерство образования и науки', 'Билим берүү жана илим министрлиги', 'Ministry of Education and Science', 'edu', 'Министр'],
  ['Министерство финансов', 'Финансы министрлиги', 'Ministry of Finance', 'minfin', 'Министр'],
  ['Министерство юстиции', 'Юстиция министрлиги', 'Ministry of Justice', 'minjust', 'Министр'],
  ['Министерство внутренних дел', 'Ички иштер министрлиги', 'Ministry of Internal Affairs', 'mvd', 'Министр'],
  ['Министерство труда, социального обеспечения и миграции', 'Эмгек, социалдык камсыздоо жана миграция министрлиги', 'Ministry of Labour, Social Security and Migration', 'mlsp', 'Министр'],
  ['Министерство цифрового развития и инновационных технологий', 'Санариптик өнүктүрүү жана инновациялык технологиялар министрлиги', 'Ministry of Digital Development and Innovative Technologies', 'digital', 'Министр'],
  ['Министерство экономики и коммерции', 'Экономика жана коммерция министрлиги', 'Ministry of Economy and Commerce', 'mineconom', 'Министр'],
  ['Министерство сельского хозяйства', 'Айыл чарба министрлиги', 'Ministry of Agriculture', 'agro', 'Министр'],
  ['Министерство чрезвычайных ситуаций', 'Өзгөчө кырдаалдар министрлиги', 'Ministry of Emergency Situations', 'mchs', 'Министр'],
  ['Государственная налоговая служба', 'Мамлекеттик салык кызматы', 'State Tax Service', 'sti', 'Председатель', 'Государственной налоговой службы', 'Мамлекеттик салык кызматынын'],
  ['Государственная таможенная служба', 'Мамлекеттик бажы кызматы', 'State Customs Service', 'customs', 'Председатель', 'Государственной таможенной службы', 'Мамлекеттик бажы кызматынын'],
  ['Социальный фонд', 'Социалдык фонду', 'Social Fund', 'socfond', 'Председатель', 'Социального фонда', 'Социалдык фондунун'],
  ['Фонд обязательного медицинского страхования', 'Милдеттүү медициналык камсыздандыруу фонду', 'Compulsory Health Insurance Fund', 'foms', 'Председатель', 'Фонда обязательного медицинского страхования', 'Милдеттүү медициналык камсыздандыруу фондунун'],
  ['Государственная служба исполнения наказаний', 'Жазаларды аткаруу мамлекеттик кызматы', 'State Penitentiary Service', 'gsin', 'Председатель', 'Государственной службы исполнения наказаний', 'Жазаларды аткаруу мамлекеттик кызматынын'],
];

const UNIVERSITIES: Partial<Record<RegionKey, readonly (readonly [string, string])[]>> = {
  'KG-GB': [
    ['Кыргызский национальный университет им. Ж. Баласагына', 'Ж. Баласагын атындагы Кыргыз улуттук университети'],
    ['Кыргызский государственный технический университет им. И. Раззакова', 'И. Раззаков атындагы Кыргыз мамлекеттик техникалык университети'],
    ['Кыргызская государственная медицинская академия им. И. К. Ахунбаева', 'И. К. Ахунбаев атындагы Кыргыз мамлекеттик медициналык академиясы'],
  ],
  'KG-GO': [['Ошский государственный университет', 'Ош мамлекеттик университети']],
  'KG-Y': [['Иссык-Кульский государственный университет им. К. Тыныстанова', 'К. Тыныстанов атындагы Ысык-Көл мамлекеттик университети']],
  'KG-N': [['Нарынский государственный университет им. С. Нааматова', 'С. Нааматов атындагы Нарын мамлекеттик университети']],
  'KG-T': [['Таласский государственный университет', 'Талас мамлекеттик университети']],
  'KG-B': [['Баткенский государственный университет', 'Баткен мамлекеттик университети']],
  'KG-J': [['Жалал-Абадский государственный университет им. Б. Осмонова', 'Б. Осмонов атындагы Жалал-Абад мамлекеттик университети']],
};

// Legal forms [ru, ky, en] with their share: almost all companies are LLCs (ОсОО / ЖЧК).
type Form = readonly [string, string, string];
const LLC: Form = ['ОсОО', 'ЖЧК', 'LLC'];
const OJSC: Form = ['ОАО', 'ААК', 'OJSC'];
const CJSC: Form = ['ЗАО', 'ЖАК', 'CJSC'];
const COMPANY_FORMS: readonly (readonly [Form, number])[] = [[LLC, 88], [OJSC, 6], [CJSC, 6]];

/** «Кыргызский национальный университет им. …» → "knu". */
const acronym = (name: string): string => slug(name.split(' им.')[0]!.split(' ').map((w) => w[0]).join(''));

const mainTown = (rng: Prng, region: RegionKey): Town => {
  const towns = REGIONS[region].towns;
  return rng.chance(0.6) ? towns[0]! : rng.pick(towns);
};

function commercial(rng: Prng): Base {
  const region = rng.pickWeighted(REGION_WEIGHTS);
  const sector = rng.pickWeighted(COMMERCIAL_SECTOR_WEIGHTS);
  const trade = `${rng.pick(TRADE_WORDS)} ${rng.pick(TRADE_SUFFIXES[sector] ?? TRADE_SUFFIXES['other']!)}`;
  const big = sector === SECTOR.banking || sector === SECTOR.telecom;
  const [ru, ky, en] = big ? rng.pick([OJSC, CJSC]) : rng.pickWeighted(COMPANY_FORMS);
  const staff = big ? rng.logInt(150, 3000) : sector.startsWith('finance.') ? rng.logInt(15, 600) : rng.logInt(2, 800);
  return {
    region, sector, staff,
    nameRu: `${ru} "${trade}"`, nameKy: `"${trade}" ${ky}`, nameEn: `${romanise(trade)} ${en}`,
    ownershipForm: rng.pickWeighted([['PRIVATE', 85], ['FOREIGN', 8], ['MIXED', 5], ['STATE', 2]]),
    subordination: null,
    headPosition: sector === SECTOR.banking ? 'Председатель правления' : rng.pick(['Генеральный директор', 'Директор']),
    domain: `${slug(trade)}.kg`,
  };
}

function nonCommercial(rng: Prng): Base {
  const region = rng.pickWeighted(REGION_WEIGHTS);
  const r = REGIONS[region];
  const town = mainTown(rng, region);
  const type = rng.pickWeighted([['ngo', 55], ['health', 17], ['school', 24], ['higher', 4]] as const);
  const universities = UNIVERSITIES[region];
  if (type === 'higher' && universities) {
    const [nameRu, nameKy] = rng.pick(universities);
    return { region, sector: SECTOR.higher, nameRu, nameKy, nameEn: null, ownershipForm: 'STATE', subordination: MIN_EDU, headPosition: 'Ректор', domain: `${acronym(nameRu)}.edu.kg`, staff: rng.logInt(300, 3000) };
  }
  if (type === 'health') {
    const n = rng.int(1, 12);
    const district = r.districts.length > 0 && rng.chance(0.7) ? rng.pick(r.districts) : null;
    const [nameRu, nameKy, code] = district
      ? rng.pick([
          [`Центр семейной медицины ${districtForm(district.ru, 'ого')} района`, `${district.ky} районунун үй-бүлөлүк медицина борбору`, `csm-${slug(district.ky)}`],
          [`Территориальная больница ${districtForm(district.ru, 'ого')} района`, `${district.ky} райондук аймактык ооруканасы`, `tb-${slug(district.ky)}`],
        ])
      : region === 'KG-GB' || region === 'KG-GO'
        ? rng.pick([
            [`Городская клиническая больница №${n}`, `№${n} шаардык клиникалык оорукана`, `gkb${n}`],
            [`Центр семейной медицины №${n}`, `№${n} үй-бүлөлүк медицина борбору`, `csm${n}`],
            [`Городская детская клиническая больница №${n}`, `№${n} шаардык балдар клиникалык ооруканасы`, `gdkb${n}`],
          ])
        : [`${r.ru.replace('область', 'областная')} объединённая больница`, `${r.ky.replace(' облусу', '')} облустук бириккен ооруканасы`, `oob-${slug(town.ru)}`];
    return { region, sector: SECTOR.health, nameRu, nameKy, nameEn: null, ownershipForm: 'STATE', subordination: MIN_HEALTH, headPosition: 'Главный врач', domain: `${code}.med.kg`, staff: rng.logInt(40, 1500) };
  }
  if (type === 'school' || type === 'higher') {
    const n = rng.int(1, 99);
    const [ru, ky, code, head] = rng.pickWeighted([
      [['Средняя общеобразовательная школа', 'орто мектеби', 'school', 'Директор'], 6],
      [['Гимназия', 'гимназиясы', 'gymnasium', 'Директор'], 1],
      [['Школа-лицей', 'мектеп-лицейи', 'lyceum', 'Директор'], 1],
      [['Детский сад', 'бала бакчасы', 'ds', 'Заведующий'], 3],
    ] as const);
    return {
      region, sector: SECTOR.school, nameRu: `${ru} №${n} г. ${town.ru}`, nameKy: `${town.ky} шаарындагы №${n} ${ky}`, nameEn: null,
      ownershipForm: 'MUNICIPAL', subordination: region === 'KG-GB' || region === 'KG-GO' ? `Мэрия города ${town.ru}` : MIN_EDU,
      headPosition: head, domain: `${code}${n}-${slug(town.ru)}.edu.kg`, staff: rng.logInt(15, 150),
    };
  }
  const [themeRu, themeKy] = rng.pick(NGO_THEMES);
  const [formRu, formKy] = rng.pickWeighted([[NGO_FORMS[0]!, 6], [NGO_FORMS[1]!, 3], [NGO_FORMS[2]!, 1]]);
  return {
    region, sector: SECTOR.ngo, nameRu: `${formRu} "${themeRu}"`, nameKy: `"${themeKy}" ${formKy}`, nameEn: null,
    ownershipForm: 'PRIVATE', subordination: null, headPosition: rng.pick(['Председатель', 'Директор', 'Исполнительный директор']),
    domain: rng.chance(0.6) ? `${slug(themeRu)}.org.kg` : null, staff: rng.logInt(1, 60),
  };
}

function stateBody(rng: Prng): Base {
  const body = rng.pick(STATE_BODIES);
  const [ru, ky, en, code, head, ruGen, kyGen] = body as [string, string, string, string, string, string?, string?];
  const base = { sector: SECTOR.central, nameEn: null, ownershipForm: 'STATE' as const, domain: `${code}.gov.kg` };
  if (!ruGen || !kyGen || rng.chance(0.3)) {
    return { ...base, region: 'KG-GB', nameRu: `${ru} Кыргызской Республики`, nameKy: `Кыргыз Республикасынын ${ky}`, nameEn: `${en} of the Kyrgyz Republic`, subordination: GOV, headPosition: head, staff: rng.logInt(80, 3000) };
  }
  const region = rng.pickWeighted(REGION_WEIGHTS);
  const r = REGIONS[region];
  const district = r.districts.length > 0 && rng.chance(0.5) ? rng.pick(r.districts) : null;
  return {
    ...base, region, subordination: `${ru} Кыргызской Республики`, headPosition: 'Начальник управления', staff: rng.logInt(15, 300),
    nameRu: district ? `Управление ${ruGen} по ${districtForm(district.ru, 'ому')} району` : `Управление ${ruGen} ${r.ruPo}`,
    nameKy: district ? `${kyGen} ${district.ky} району боюнча башкармалыгы` : `${kyGen} ${r.ky} боюнча башкармалыгы`,
  };
}

function localStateAdministration(rng: Prng): Base {
  const region = rng.pickWeighted(OBLAST_WEIGHTS);
  const d = rng.pick(REGIONS[region].districts);
  return {
    region, village: { district: d, aimakRu: d.aimaks[0]![0] }, sector: SECTOR.local, ownershipForm: 'STATE', headPosition: 'Аким', domain: `${slug(d.ky)}.gov.kg`, staff: rng.logInt(40, 200),
    nameRu: `${districtForm(d.ru, 'ая')} районная государственная администрация`, nameKy: `${d.ky} райондук мамлекеттик администрациясы`, nameEn: null,
    subordination: `Полномочный представитель Президента Кыргызской Республики ${REGIONS[region].ruPo.replace(/^по /, 'в ')}`,
  };
}

function localSelfGovernment(rng: Prng): Base {
  if (rng.chance(0.15)) {
    const region = rng.pickWeighted(REGION_WEIGHTS);
    const town = REGIONS[region].towns[0]!;
    return {
      region, sector: SECTOR.local, ownershipForm: 'MUNICIPAL', subordination: null, headPosition: 'Мэр', staff: rng.logInt(80, 1500),
      nameRu: `Мэрия города ${town.ru}`, nameKy: `${town.ky} шаарынын мэриясы`, nameEn: null, domain: `meria-${slug(town.ru)}.gov.kg`,
    };
  }
  const region = rng.pickWeighted(OBLAST_WEIGHTS);
  const d = rng.pick(REGIONS[region].districts);
  const [aimakRu, aimakKy] = rng.pick(d.aimaks);
  return {
    region, village: { district: d, aimakRu }, sector: SECTOR.local, ownershipForm: 'MUNICIPAL', subordination: null, headPosition: 'Глава айыл окмоту', domain: null, staff: rng.logInt(8, 45),
    nameRu: `Айыл окмоту ${aimakRu} ${districtForm(d.ru, 'ого')} района`, nameKy: `${d.ky} районунун ${aimakKy} айыл өкмөтү`, nameEn: null,
  };
}

function entrepreneur(rng: Prng, owner: Person): Base {
  return {
    region: rng.pickWeighted(REGION_WEIGHTS), sector: rng.pickWeighted(IE_SECTOR_WEIGHTS),
    nameRu: `ИП ${shortName(owner)}`, nameKy: `ЖИ ${shortName(owner)}`, nameEn: null,
    ownershipForm: 'PRIVATE', subordination: null, headPosition: 'Индивидуальный предприниматель', domain: null,
    staff: rng.chance(0.35) ? 0 : rng.logInt(1, 25),
  };
}

/** The identity of a holder of `kind`; `owner` is the individual entrepreneur (their TIN is theirs). */
export function orgIdentity(rng: Prng, kind: HolderKindValue, owner: Person): OrgIdentity {
  const base =
    kind === 'COMMERCIAL_ORGANISATION' ? commercial(rng)
    : kind === 'NON_COMMERCIAL_ORGANISATION' ? nonCommercial(rng)
    : kind === 'STATE_BODY' ? stateBody(rng)
    : kind === 'LOCAL_STATE_ADMINISTRATION' ? localStateAdministration(rng)
    : kind === 'LOCAL_SELF_GOVERNMENT' ? localSelfGovernment(rng)
    : entrepreneur(rng, owner);
  const { village, ...rest } = base;
  const identity = { ...rest, keepsHouseholdBooks: kind === 'LOCAL_SELF_GOVERNMENT' && village !== undefined };
  if (village) {
    const areaCode = REGIONS[base.region].towns[0]!.areaCode;
    return { ...identity, address: villageAddress(rng, base.region, village.district, village.aimakRu), areaCode };
  }
  const town = mainTown(rng, base.region);
  return { ...identity, address: townAddress(rng, base.region, town), areaCode: town.areaCode };
}
