// Word lists for plausible Kyrgyz and Russian names: people (heads, responsible persons, individual
// entrepreneurs), trade names of companies, NGO themes, plus phone and e-mail helpers. Names are
// written the way they appear in Russian-language registry extracts (surname, name, patronymic).
import type { Prng } from './prng.js';

const KY_MALE = ['Азамат', 'Бакыт', 'Нурлан', 'Эрлан', 'Улан', 'Талант', 'Мирлан', 'Канат', 'Марат', 'Тилек', 'Айбек', 'Бактыбек', 'Нурбек', 'Алмаз', 'Эмиль', 'Руслан', 'Данияр', 'Чынгыз', 'Темирлан', 'Адилет', 'Элдияр', 'Медер', 'Максат', 'Жыргалбек', 'Бекжан', 'Уланбек', 'Кубанычбек', 'Замир'];
const KY_FEMALE = ['Айгуль', 'Гульнара', 'Жылдыз', 'Айпери', 'Нургуль', 'Асель', 'Бермет', 'Динара', 'Чолпон', 'Мээрим', 'Айжан', 'Назира', 'Гулзат', 'Салтанат', 'Камила', 'Бурул', 'Элнура', 'Айсулуу', 'Жаныл', 'Анара', 'Нуриза', 'Толгонай', 'Алтынай', 'Венера'];
const KY_SURNAMES = ['Асанов', 'Токтогулов', 'Осмонов', 'Бекмуратов', 'Жумабаев', 'Абдыкадыров', 'Мамытов', 'Сыдыков', 'Исаков', 'Турсунбаев', 'Кадыров', 'Эсенов', 'Алымкулов', 'Шаршеев', 'Муратов', 'Джумабеков', 'Садыков', 'Орозбаев', 'Калматов', 'Бообеков', 'Токтосунов', 'Байтемиров', 'Абдраимов', 'Усенов', 'Иманалиев', 'Карыпов', 'Султанов', 'Омурбеков', 'Кенжебаев', 'Маматов', 'Жээнбеков', 'Акматов', 'Сатыбалдиев', 'Темиров', 'Ниязов', 'Бакиров'];
const KY_FATHERS = ['Асан', 'Бакыт', 'Нурлан', 'Токтогул', 'Мурат', 'Марат', 'Канат', 'Талант', 'Бектур', 'Жолдош', 'Алмаз', 'Кубат', 'Эркин', 'Сапар', 'Темир', 'Абдыкадыр', 'Жээнбек', 'Орозбек', 'Султан', 'Эсен'];
const RU_MALE = ['Александр', 'Сергей', 'Андрей', 'Дмитрий', 'Владимир', 'Евгений', 'Игорь', 'Олег', 'Виктор', 'Павел', 'Алексей', 'Максим', 'Роман', 'Денис'];
const RU_FEMALE = ['Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Анна', 'Марина', 'Юлия', 'Людмила', 'Екатерина', 'Валентина'];
const RU_SURNAMES = ['Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Новиков', 'Морозов', 'Волков', 'Фёдоров', 'Михайлов', 'Ким', 'Пак', 'Шевченко', 'Бондаренко'];
// Fathers' names whose patronymic follows the regular rule (+ович / й → евич).
const RU_FATHERS = ['Александр', 'Сергей', 'Андрей', 'Владимир', 'Виктор', 'Николай', 'Иван', 'Петр', 'Олег', 'Борис', 'Алексей', 'Валерий'];

export interface Person {
  last: string;
  first: string;
  middle: string;
  /** Matches the sex digit of an individual's TIN (1 female, 2 male). */
  female: boolean;
}

function feminine(surname: string): string {
  return /(ов|ев|ёв|ин)$/.test(surname) ? `${surname}а` : surname;
}

function patronymic(father: string, female: boolean): string {
  const stem = father.endsWith('й') ? father.slice(0, -1) : father;
  const suffix = father.endsWith('й') ? 'ев' : 'ов';
  return `${stem}${suffix}${female ? 'на' : 'ич'}`;
}

/** A person: about four in five with Kyrgyz names, the rest Russian, as in Bishkek registries. */
export function person(rng: Prng): Person {
  const female = rng.chance(0.45);
  const kyrgyz = rng.chance(0.8);
  const last = rng.pick(kyrgyz ? KY_SURNAMES : RU_SURNAMES);
  const first = rng.pick(kyrgyz ? (female ? KY_FEMALE : KY_MALE) : female ? RU_FEMALE : RU_MALE);
  const father = rng.pick(kyrgyz ? KY_FATHERS : RU_FATHERS);
  return { last: female ? feminine(last) : last, first, middle: patronymic(father, female), female };
}

export const fullName = (p: Person): string => `${p.last} ${p.first} ${p.middle}`;
/** «Асанов Б.», the short form used in an individual entrepreneur's trade name. */
export const shortName = (p: Person): string => `${p.last} ${p.first[0]}.`;

/** First words of company trade names (the same in Kyrgyz and Russian). */
export const TRADE_WORDS = ['Ала-Тоо', 'Ак-Суу', 'Тулпар', 'Манас', 'Нур', 'Бакыт', 'Жибек Жолу', 'Азия', 'Евразия', 'Тенгри', 'Алтын', 'Кут', 'Береке', 'Ынтымак', 'Ордо', 'Байтерек', 'Сапат', 'Арча', 'Асман', 'Шумкар', 'Кен-Кол', 'Саякат', 'Акылман', 'Эл', 'Мегаполис', 'Орион', 'Премьер', 'Стандарт', 'Вектор', 'Гранит', 'Капитал', 'Сайрам', 'Токтогул', 'Иссык-Куль', 'Боорсок', 'Кымбат'];

/** Second words of trade names by sector key. */
export const TRADE_SUFFIXES: Record<string, readonly string[]> = {
  retail: ['Маркет', 'Трейд', 'Плюс', 'Шоп', 'Снаб', 'Дистрибьюшн'],
  'retail.ecommerce': ['Онлайн', 'Экспресс', 'Шоп', 'Маркетплейс'],
  construction: ['Строй', 'Курулуш', 'Билд', 'СтройИнвест', 'Проект'],
  it: ['Софт', 'Тех', 'Диджитал', 'Солюшнс', 'Лабс', 'Систем'],
  transport: ['Транс', 'Логистик', 'Авто', 'Карго', 'Экспресс'],
  hospitality: ['Тур', 'Отель', 'Тревел', 'Резорт', 'Гранд'],
  manufacturing: ['Пром', 'Текстиль', 'Продукт', 'Завод', 'Пласт'],
  agriculture: ['Агро', 'Агрохолдинг', 'Фермер', 'Сут', 'Эт'],
  health: ['Медикал', 'Мед', 'Клиник', 'Дент', 'Лаб'],
  real_estate: ['Недвижимость', 'Риэлт', 'Девелопмент', 'Хаус'],
  'finance.microfinance': ['Кредит', 'Финанс', 'Микрокредит'],
  'finance.banking': ['Банк', 'Инвестбанк', 'Бизнес Банк'],
  'finance.insurance': ['Иншуранс', 'Полис', 'Страхование'],
  'finance.payments': ['Пэй', 'Кошелёк', 'Процессинг'],
  telecom: ['Телеком', 'Нет', 'Мобайл', 'Связь'],
  'education.school': ['Лицей', 'Билим', 'Кидс', 'Академия'],
  'education.higher': ['Академия', 'Институт', 'Колледж'],
  energy: ['Энерго', 'Солар', 'Энергосбыт'],
  utilities: ['Водоканал', 'Коммунсервис', 'Жилсервис'],
  media: ['Медиа', 'ТВ', 'Ньюс', 'ФМ'],
  security_services: ['Секьюрити', 'Охрана', 'Кузет', 'Щит'],
  other: ['Сервис', 'Групп', 'Консалт', 'Компани', 'Холдинг', 'Партнерс'],
};

/** NGO themes: [ru, ky]. */
export const NGO_THEMES: readonly (readonly [string, string])[] = [
  ['Ынтымак', 'Ынтымак'],
  ['Мээрим', 'Мээрим'],
  ['Ак-Ниет', 'Ак-Ниет'],
  ['Зелёный Кыргызстан', 'Жашыл Кыргызстан'],
  ['Право и развитие', 'Укук жана өнүгүү'],
  ['Здоровое будущее', 'Дени сак келечек'],
  ['Дети гор', 'Тоо балдары'],
  ['Женская инициатива', 'Аялдар демилгеси'],
  ['Молодёжь за перемены', 'Жаштар өзгөрүү үчүн'],
  ['Гражданская платформа', 'Жарандык аянтча'],
  ['Луч надежды', 'Үмүт нуру'],
  ['Центр поддержки семьи', 'Үй-бүлөнү колдоо борбору'],
  ['Открытые данные', 'Ачык маалымат'],
  ['Эко-Тоо', 'Эко-Тоо'],
  ['Ремесленники Кыргызстана', 'Кыргызстандын усталары'],
];

/** NGO legal forms: [ru prefix, ky suffix]. */
export const NGO_FORMS: readonly (readonly [string, string])[] = [
  ['Общественный фонд', 'коомдук фонду'],
  ['Общественное объединение', 'коомдук бирикмеси'],
  ['Ассоциация юридических лиц', 'юридикалык жактар ассоциациясы'],
];

const MOBILE_CODES = ['555', '557', '558', '700', '701', '702', '705', '707', '709', '770', '772', '775', '777', '550', '551', '990', '995', '999', '220', '222', '505', '509'];
const d2 = (rng: Prng) => String(rng.int(0, 99)).padStart(2, '0');
const d3 = (rng: Prng) => String(rng.int(0, 999)).padStart(3, '0');

/** A Kyrgyz mobile number such as "+996 555 123 456". */
export function mobilePhone(rng: Prng): string {
  return `+996 ${rng.pick(MOBILE_CODES)} ${d3(rng)} ${d3(rng)}`;
}

/** A landline with the city's area code: "+996 312 61 23 45" in Bishkek. */
export function landline(rng: Prng, areaCode: string): string {
  const rest = areaCode.length === 3 ? `${d2(rng)} ${d2(rng)} ${d2(rng)}` : `${rng.int(2, 9)} ${d2(rng)} ${d2(rng)}`;
  return `+996 ${areaCode} ${rest}`;
}

const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', ң: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Cyrillic → ASCII for e-mail addresses and domains: lowercase letters, digits and hyphens only. */
export function slug(text: string): string {
  const latin = [...text.toLowerCase()].map((c) => LATIN[c] ?? c).join('');
  return latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'org';
}

/** Cyrillic → Latin keeping capitals and spaces, for English names ("Ala-Too Servis"). */
export function romanise(text: string): string {
  return [...text]
    .map((c) => {
      const l = LATIN[c.toLowerCase()];
      if (l === undefined) return c;
      return c === c.toLowerCase() ? l : l.charAt(0).toUpperCase() + l.slice(1);
    })
    .join('');
}

/** "b.asanov@domain", the usual work address of a person. */
export function workEmail(p: Person, domain: string): string {
  return `${slug(p.first).charAt(0)}.${slug(p.last)}@${domain}`;
}

/** A personal mailbox for individual entrepreneurs, who rarely have a domain. */
export function personalEmail(rng: Prng, p: Person): string {
  return `${slug(p.last)}.${slug(p.first)}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'mail.ru', 'yandex.ru', 'gmail.com'])}`;
}
