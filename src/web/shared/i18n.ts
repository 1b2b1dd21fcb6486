// The pages' own words in the Registry's three languages (Kyrgyz and Russian are both official,
// Constitution Art. 13; English for partners). Data (names, region labels) comes from the hub in
// each language; where a language is missing the page shows another and marks it (see pickName).
export type Lang = 'ky' | 'ru' | 'en';
export const LANGS: readonly Lang[] = ['ky', 'ru', 'en'];
export const LANG_NAMES: Record<Lang, string> = { ky: 'Кыргызча', ru: 'Русский', en: 'English' };

const WORDS = {
  registryTitle: { ky: 'Жеке маалыматтарды ээлерин каттоо реестри', ru: 'Реестр держателей массивов персональных данных', en: 'Registry of holders of personal-data arrays' },
  dashboardTitle: { ky: 'Агенттиктин көрсөткүчтөрү', ru: 'Панель Агентства', en: 'Agency dashboard' },
  skip: { ky: 'Мазмунга өтүү', ru: 'Перейти к содержанию', en: 'Skip to content' },
  home: { ky: 'Башкы бет', ru: 'Главная', en: 'Home' },
  language: { ky: 'Тил', ru: 'Язык', en: 'Language' },
  search: { ky: 'Издөө', ru: 'Поиск', en: 'Search' },
  searchLabel: { ky: 'Аталышы, ИСН (юридикалык жак) же реестр номери', ru: 'Название, ИНН (юридического лица) или номер в реестре', en: 'Name, TIN (legal entity) or registry number' },
  region: { ky: 'Аймак', ru: 'Регион', en: 'Region' },
  status: { ky: 'Абалы', ru: 'Статус', en: 'Status' },
  any: { ky: 'Баары', ru: 'Все', en: 'Any' },
  found: { ky: 'Табылды', ru: 'Найдено', en: 'Found' },
  more: { ky: 'Дагы көрсөтүү', ru: 'Показать ещё', en: 'Show more' },
  nothing: { ky: 'Эч нерсе табылган жок', ru: 'Ничего не найдено', en: 'Nothing found' },
  loading: { ky: 'Жүктөлүүдө…', ru: 'Загрузка…', en: 'Loading…' },
  name: { ky: 'Аталышы', ru: 'Наименование', en: 'Name' },
  tin: { ky: 'ИСН', ru: 'ИНН', en: 'TIN' },
  tinHidden: { ky: 'жашырылган (жеке маалымат)', ru: 'скрыт (персональные данные)', en: 'hidden (personal data)' },
  registryNumber: { ky: 'Реестр номери', ru: 'Номер в реестре', en: 'Registry number' },
  kind: { ky: 'Түрү', ru: 'Вид', en: 'Kind' },
  submittedOn: { ky: 'Арыз берилген күнү', ru: 'Заявление подано', en: 'Application submitted' },
  registeredOn: { ky: 'Катталган күнү', ru: 'Дата регистрации', en: 'Registered on' },
  deregisteredOn: { ky: 'Реестрден чыгарылган күнү', ru: 'Исключён из реестра', en: 'Deregistered on' },
  arrays: { ky: 'Жеке маалыматтар массивдери', ru: 'Массивы персональных данных', en: 'Personal-data arrays' },
  purposes: { ky: 'Максаттары', ru: 'Цели', en: 'Purposes' },
  subjects: { ky: 'Субъекттердин категориялары', ru: 'Категории субъектов', en: 'Subject categories' },
  dataCategories: { ky: 'Маалыматтардын категориялары', ru: 'Категории данных', en: 'Data categories' },
  noArrays: { ky: 'Массивдер жок', ru: 'Массивов нет', en: 'No arrays' },
  back: { ky: 'Издөөгө кайтуу', ru: 'Назад к поиску', en: 'Back to search' },
  notFound: { ky: 'Реестрде мындай жазуу жок', ru: 'Такой записи в реестре нет', en: 'No such Registry entry' },
  otherLang: { ky: 'башка тилде', ru: 'на другом языке', en: 'in another language' },
  key: { ky: 'API ачкычы', ru: 'API-ключ', en: 'API key' },
  keyHelp: {
    ky: 'ANALYST, PARTNER, INSPECTOR же ADMIN ачкычы (npm start ар бир баштаганда демо ачкычтарды басып чыгарат).',
    ru: 'Ключ ANALYST, PARTNER, INSPECTOR или ADMIN (демо-ключи печатает npm start при каждом запуске).',
    en: 'An ANALYST, PARTNER, INSPECTOR or ADMIN key (npm start prints demo keys at every start).',
  },
  signIn: { ky: 'Кирүү', ru: 'Войти', en: 'Sign in' },
  signOut: { ky: 'Чыгуу', ru: 'Выйти', en: 'Sign out' },
  holdersByRegion: { ky: 'Аймактар боюнча ээлер', ru: 'Держатели по регионам', en: 'Holders by region' },
  holdersByStatus: { ky: 'Каттоо абалы боюнча ээлер', ru: 'Держатели по статусу регистрации', en: 'Holders by registration status' },
  compliance: { ky: 'Талаптарга шайкештик', ru: 'Соответствие требованиям', en: 'Compliance' },
  violationsByArticle: { ky: 'Беренелер боюнча бузуулар жана айыптар', ru: 'Нарушения и штрафы по статьям', en: 'Violations and fines by article' },
  finesByArticle: { ky: 'Беренелер боюнча айыптар (чечилген), сом', ru: 'Штрафы по статьям (по решениям), сом', en: 'Fines by article (decided), soms' },
  violationsByMonth: { ky: 'Айлар боюнча бузуулар', ru: 'Нарушения по месяцам', en: 'Violations by month' },
  inspectionsByStatus: { ky: 'Текшерүүлөр абалы боюнча', ru: 'Проверки по статусу', en: 'Inspections by status' },
  impact: { ky: 'Долбоордун таасири (акыркы эсептөө)', ru: 'Влияние проекта (последний расчёт)', en: 'Impact of a draft (latest run)' },
  impactNone: { ky: 'Эсептөө жок: npm run impact же startImpactRun', ru: 'Расчётов нет: npm run impact или startImpactRun', en: 'No run yet: npm run impact or startImpactRun' },
  affected: { ky: 'таасир тийген ээлер', ru: 'затронуто держателей', en: 'holders affected' },
  holders: { ky: 'Ээлер', ru: 'Держатели', en: 'Holders' },
  violations: { ky: 'Бузуулар', ru: 'Нарушения', en: 'Violations' },
  decisions: { ky: 'Чечимдер', ru: 'Решения', en: 'Decisions' },
  fineSoms: { ky: 'Айып, сом', ru: 'Штрафы, сом', en: 'Fines, soms' },
  fineUnknown: { ky: 'сому белгисиз чечимдер', ru: 'решений без суммы в сомах', en: 'decisions without a soms figure' },
  inspections: { ky: 'Текшерүүлөр', ru: 'Проверки', en: 'Inspections' },
  total: { ky: 'Бардыгы', ru: 'Всего', en: 'Total' },
  unknown: { ky: 'белгисиз', ru: 'неизвестно', en: 'unknown' },
  refused: { ky: 'Ачкыч кабыл алынган жок', ru: 'Ключ не принят', en: 'The key was refused' },
  noAccess: { ky: 'Бул ачкыч менен көрсөтүлбөйт', ru: 'С этим ключом не показывается', en: 'Not shown for this key' },
  failed: { ky: 'Хаб жооп берген жок', ru: 'Хаб не ответил', en: 'The hub did not answer' },
} as const;

export type Word = keyof typeof WORDS;
export const t = (lang: Lang, word: Word): string => WORDS[word][lang];

/** Labels of the hub's enums (schema/schema.graphql), per language. */
const ENUMS: Record<string, Record<Lang, string>> = {
  ADDED: { ky: 'кошулат', ru: 'добавляется', en: 'added' },
  REMOVED: { ky: 'алынып салынат', ru: 'отменяется', en: 'removed' },
  CHANGED: { ky: 'өзгөрөт', ru: 'меняется', en: 'changed' },
  REGISTERED: { ky: 'Катталган', ru: 'Зарегистрирован', en: 'Registered' },
  APPLICATION_SUBMITTED: { ky: 'Арыз берилген', ru: 'Заявление подано', en: 'Application submitted' },
  LISTS_APPROVED: { ky: 'Тизмелер бекитилген', ru: 'Перечни утверждены', en: 'Lists approved' },
  NOT_REGISTERED: { ky: 'Катталган эмес', ru: 'Не зарегистрирован', en: 'Not registered' },
  DEREGISTERED: { ky: 'Реестрден чыгарылган', ru: 'Исключён из реестра', en: 'Deregistered' },
  COMMERCIAL_ORGANISATION: { ky: 'Коммерциялык уюм', ru: 'Коммерческая организация', en: 'Commercial organisation' },
  INDIVIDUAL_ENTREPRENEUR: { ky: 'Жеке ишкер', ru: 'Индивидуальный предприниматель', en: 'Individual entrepreneur' },
  LOCAL_SELF_GOVERNMENT: { ky: 'Жергиликтүү өз алдынча башкаруу органы', ru: 'Орган местного самоуправления', en: 'Local self-government body' },
  LOCAL_STATE_ADMINISTRATION: { ky: 'Жергиликтүү мамлекеттик администрация', ru: 'Местная государственная администрация', en: 'Local state administration' },
  NON_COMMERCIAL_ORGANISATION: { ky: 'Коммерциялык эмес уюм', ru: 'Некоммерческая организация', en: 'Non-commercial organisation' },
  STATE_BODY: { ky: 'Мамлекеттик орган', ru: 'Государственный орган', en: 'State body' },
  COMPLIANT: { ky: 'Шайкеш', ru: 'Соответствует', en: 'Compliant' },
  NON_COMPLIANT: { ky: 'Шайкеш эмес', ru: 'Не соответствует', en: 'Non-compliant' },
  PARTIALLY_COMPLIANT: { ky: 'Жарым-жартылай шайкеш', ru: 'Частично соответствует', en: 'Partially compliant' },
  PARTIALLY_ASSESSED: { ky: 'Жарым-жартылай бааланган', ru: 'Оценено частично', en: 'Partially assessed' },
  NOT_ASSESSED: { ky: 'Бааланган эмес', ru: 'Не оценено', en: 'Not assessed' },
  NOT_APPLICABLE: { ky: 'Колдонулбайт', ru: 'Не применимо', en: 'Not applicable' },
  NOT_COMPUTED: { ky: 'Эсептелген эмес', ru: 'Не рассчитано', en: 'Not computed' },
  PLANNED: { ky: 'Пландалган', ru: 'Запланирована', en: 'Planned' },
  NOTIFIED: { ky: 'Кабарландырылган', ru: 'Уведомлён', en: 'Notified' },
  IN_PROGRESS: { ky: 'Жүрүүдө', ru: 'Проводится', en: 'In progress' },
  COMPLETED: { ky: 'Аяктаган', ru: 'Завершена', en: 'Completed' },
  CANCELLED: { ky: 'Жокко чыгарылган', ru: 'Отменена', en: 'Cancelled' },
};

/** An enum value's label, or the value itself when the hub has one the page does not know yet. */
export const enumLabel = (lang: Lang, value: string | null | undefined): string =>
  value == null ? t(lang, 'unknown') : (ENUMS[value]?.[lang] ?? value);

/** An offence-article code (`kg/code/2021/128#art_413-2__part_1`) as a person reads it: 413-2 (1). */
export function articleLabel(lang: Lang, code: string | null | undefined): string {
  const m = code?.match(/#art_([\d-]+)(?:__part_(\d+))?$/);
  if (!m) return code ?? t(lang, 'unknown');
  const art = { ky: `${m[1]}-берене`, ru: `ст. ${m[1]}`, en: `Art. ${m[1]}` }[lang];
  return m[2] ? `${art} (${m[2]})` : art;
}

export interface Names { ky?: string | null; ru?: string | null; en?: string | null }

/** The name in `lang`, else in another language with `other` set (shown, never silently swapped). */
export function pickName(names: Names, lang: Lang): { text: string; other: Lang | null } {
  const own = names[lang];
  if (own) return { text: own, other: null };
  for (const l of LANGS) if (names[l]) return { text: names[l]!, other: l };
  return { text: '—', other: null };
}

const STORE = 'pdh.lang';

/** The page language: `?lang=` first, then the last choice, then the browser's, then Russian. */
export function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  const stored = localStorage.getItem(STORE);
  const browser = navigator.language.slice(0, 2);
  for (const l of [fromUrl, stored, browser]) if (LANGS.includes(l as Lang)) return l as Lang;
  return 'ru';
}

export function rememberLang(lang: Lang): void {
  localStorage.setItem(STORE, lang);
  document.documentElement.lang = lang;
}

/** Numbers as the page's language writes them (Kyrgyz and Russian group with spaces). */
export const formatNumber = (lang: Lang, n: number): string => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 2 }).format(n);
