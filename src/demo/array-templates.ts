// Templates of personal-data arrays a holder may keep: staff records for almost everyone, the
// sector's main array (customers, patients, pupils, citizens…) and a few common extras. Each says
// which data and subject categories it holds and which information system typically processes it.
import type { StorageMedium } from '../modules/holder/holder.enums.js';
import { DC, SC, SECTOR, type DataCategoryKey, type SubjectCategoryKey } from './vocabulary.js';

export interface ArrayTemplate {
  name: string;
  purposes: readonly string[];
  dc: readonly DataCategoryKey[];
  sc: readonly SubjectCategoryKey[];
  /** How and how long it is collected and kept, when the generic wording would not fit. */
  collection?: readonly string[];
  term?: string;
  /** Optional groups of categories, each kept with probability p (e.g. children's data). */
  extras?: readonly { p: number; dc: readonly DataCategoryKey[]; sc?: readonly SubjectCategoryKey[] }[];
  /** Range of the number of subjects; 'staff' scales with the holder's staff count. */
  subjects: readonly [number, number] | 'staff';
  media: readonly StorageMedium[];
  system: string;
  recipients?: readonly string[];
  online?: boolean;
  /** Arrays that plausibly go abroad (foreign payment networks, travel, cloud services). */
  crossBorder?: boolean;
  /** An array kept by a state body to perform its public functions (its systems may be state IS). */
  publicFunction?: boolean;
}

const EMPLOYEE_DC = [DC.fullName, DC.birthDate, DC.pin, DC.passport, DC.phone, DC.address, DC.position, DC.salary, DC.bankDetails] as const;

export const HR: ArrayTemplate = {
  name: 'Персональные данные работников',
  purposes: ['Ведение кадрового учёта', 'Расчёт и выплата заработной платы', 'Исполнение требований трудового и налогового законодательства', 'Представление отчётности в Социальный фонд и налоговые органы'],
  dc: EMPLOYEE_DC,
  sc: [SC.employee],
  collection: ['Из документов, представленных работником при приёме на работу'],
  term: '75 лет (документы по личному составу)',
  extras: [{ p: 0.4, dc: [DC.education] }, { p: 0.25, dc: [DC.health] }, { p: 0.2, dc: [DC.family], sc: [SC.family] }, { p: 0.3, dc: [DC.email] }],
  subjects: 'staff',
  media: ['ELECTRONIC_DATABASE', 'PAPER_ARCHIVE'],
  system: '1С: Зарплата и управление персоналом',
  recipients: ['Социальный фонд Кыргызской Республики', 'Государственная налоговая служба', 'Банк (зарплатный проект)'],
};

/** Staff records of state and municipal bodies: civil servants, with declarations of income. */
export const HR_CIVIL: ArrayTemplate = {
  ...HR,
  name: 'Личные дела государственных и муниципальных служащих',
  purposes: [...HR.purposes, 'Прохождение государственной и муниципальной службы'],
  sc: [SC.civilServant],
  extras: [{ p: 0.8, dc: [DC.education] }, { p: 0.5, dc: [DC.criminalRecord] }, { p: 0.3, dc: [DC.family], sc: [SC.family] }],
  system: 'Информационная система управления персоналом',
};

export const EXTRAS: readonly (readonly [ArrayTemplate, number])[] = [
  [{ name: 'Соискатели вакансий', purposes: ['Подбор персонала'], dc: [DC.fullName, DC.birthDate, DC.phone, DC.email, DC.education], sc: [SC.applicant], subjects: [10, 800], media: ['ELECTRONIC_DATABASE'], system: 'Система подбора персонала' }, 0.2],
  [{ name: 'Видеонаблюдение в помещениях', purposes: ['Обеспечение безопасности работников и посетителей', 'Охрана имущества'], dc: [DC.face], sc: [SC.visitor, SC.employee], collection: ['Камеры видеонаблюдения с информационными табличками'], term: '30 дней (архив перезаписывается)', subjects: [500, 80_000], media: ['INFORMATION_SYSTEM'], system: 'Система видеонаблюдения' }, 0.2],
  [{ name: 'Пропускной режим', purposes: ['Контроль доступа в здание'], dc: [DC.fullName, DC.passport], sc: [SC.visitor, SC.employee], collection: ['Предъявление документа на посту охраны', 'Считыватели системы контроля доступа'], term: '1 год', extras: [{ p: 0.4, dc: [DC.fingerprint] }, { p: 0.3, dc: [DC.face] }], subjects: [200, 30_000], media: ['ELECTRONIC_DATABASE', 'CARD_FILE'], system: 'Система контроля и управления доступом' }, 0.1],
  [{ name: 'Контактные лица контрагентов', purposes: ['Заключение и исполнение договоров с контрагентами'], dc: [DC.fullName, DC.phone, DC.email, DC.nameAndPosition], sc: [SC.supplier], subjects: [5, 2_000], media: ['ELECTRONIC_DATABASE'], system: '1С: Бухгалтерия' }, 0.2],
];

const BASIC = [DC.fullName, DC.phone] as const;
const IDENT = [DC.fullName, DC.birthDate, DC.pin, DC.passport] as const;

/** The main array of each sector. */
export const BY_SECTOR: Record<string, ArrayTemplate> = {
  [SECTOR.central]: { name: 'Получатели государственных услуг', purposes: ['Оказание государственных услуг', 'Исполнение функций, возложенных законом'], dc: [...IDENT, DC.address, DC.phone], sc: [SC.citizen], term: 'В сроки, установленные законодательством об архивном деле', extras: [{ p: 0.3, dc: [DC.family], sc: [SC.family] }, { p: 0.15, dc: [DC.health] }, { p: 0.1, dc: [DC.criminalRecord] }, { p: 0.1, dc: [DC.fingerprint, DC.face] }], subjects: [5_000, 3_000_000], media: ['INFORMATION_SYSTEM', 'PAPER_ARCHIVE'], system: 'Ведомственная информационная система', recipients: ['Государственные органы в рамках межведомственного взаимодействия'], publicFunction: true },
  [SECTOR.local]: { name: 'Похозяйственный учёт населения', purposes: ['Ведение похозяйственных книг', 'Оказание муниципальных услуг'], dc: [...IDENT, DC.address, DC.family], sc: [SC.citizen, SC.family], term: 'Постоянно (похозяйственные книги)', extras: [{ p: 0.4, dc: [DC.childIdentity], sc: [SC.minor] }, { p: 0.3, dc: [DC.financial] }], subjects: [1_000, 60_000], media: ['PAPER_ARCHIVE', 'ELECTRONIC_DATABASE'], system: 'АИС «Похозяйственный учёт»', publicFunction: true },
  [SECTOR.banking]: { name: 'Клиенты банка', purposes: ['Открытие и ведение счетов', 'Кредитование', 'Противодействие легализации преступных доходов'], dc: [...IDENT, DC.phone, DC.address, DC.bankDetails, DC.paymentCard, DC.financial], sc: [SC.customer, SC.depositor, SC.borrower], extras: [{ p: 0.5, dc: [DC.face] }, { p: 0.2, dc: [DC.voice] }, { p: 0.5, dc: [DC.email] }], subjects: [20_000, 1_500_000], media: ['INFORMATION_SYSTEM', 'PAPER_ARCHIVE'], system: 'Автоматизированная банковская система', recipients: ['Национальный банк Кыргызской Республики', 'Кредитное бюро «Ишеним»', 'Государственная служба финансовой разведки'], crossBorder: true },
  [SECTOR.microfinance]: { name: 'Заёмщики', purposes: ['Выдача и обслуживание микрокредитов', 'Оценка платёжеспособности'], dc: [...IDENT, DC.phone, DC.address, DC.financial], sc: [SC.borrower], extras: [{ p: 0.4, dc: [DC.family], sc: [SC.family] }], subjects: [500, 200_000], media: ['ELECTRONIC_DATABASE', 'PAPER_ARCHIVE'], system: 'Система учёта кредитов', recipients: ['Кредитное бюро «Ишеним»'] },
  [SECTOR.insurance]: { name: 'Застрахованные лица', purposes: ['Заключение и исполнение договоров страхования', 'Урегулирование страховых случаев'], dc: [...IDENT, DC.phone, DC.address], sc: [SC.insured, SC.customer], extras: [{ p: 0.6, dc: [DC.health] }], subjects: [1_000, 300_000], media: ['ELECTRONIC_DATABASE', 'PAPER_ARCHIVE'], system: 'Система учёта договоров страхования', crossBorder: true },
  [SECTOR.payments]: { name: 'Пользователи платёжного сервиса', purposes: ['Осуществление платежей и переводов', 'Идентификация клиентов'], dc: [DC.fullName, DC.phone, DC.pin, DC.paymentCard, DC.bankDetails, DC.onlineId], sc: [SC.customer, SC.onlineUser], extras: [{ p: 0.4, dc: [DC.face] }], subjects: [5_000, 2_000_000], media: ['INFORMATION_SYSTEM'], system: 'Процессинговая система', online: true, crossBorder: true },
  [SECTOR.health]: { name: 'Пациенты', purposes: ['Оказание медицинской помощи', 'Ведение медицинской документации'], dc: [...IDENT, DC.address, DC.phone, DC.health], sc: [SC.patient], extras: [{ p: 0.4, dc: [DC.childIdentity, DC.childHealth], sc: [SC.minor, SC.parent] }, { p: 0.1, dc: [DC.face] }], subjects: [500, 400_000], media: ['PAPER_ARCHIVE', 'ELECTRONIC_DATABASE'], system: 'Медицинская информационная система', recipients: ['Фонд обязательного медицинского страхования'] },
  [SECTOR.school]: { name: 'Воспитанники, учащиеся и их родители', purposes: ['Организация образовательного процесса', 'Учёт успеваемости'], dc: [DC.childIdentity, DC.childEducation, DC.fullName, DC.phone, DC.address], sc: [SC.pupil, SC.minor, SC.parent], extras: [{ p: 0.4, dc: [DC.childHealth] }], subjects: [50, 3_000], media: ['PAPER_ARCHIVE', 'ELECTRONIC_DATABASE'], system: 'Электронный журнал' },
  [SECTOR.higher]: { name: 'Студенты и абитуриенты', purposes: ['Приём на обучение', 'Организация учебного процесса', 'Выдача документов об образовании'], dc: [...IDENT, DC.phone, DC.address, DC.education], sc: [SC.student], extras: [{ p: 0.3, dc: [DC.health] }], subjects: [300, 30_000], media: ['ELECTRONIC_DATABASE', 'PAPER_ARCHIVE'], system: 'АИС «Студент»', crossBorder: true },
  [SECTOR.telecom]: { name: 'Абоненты', purposes: ['Оказание услуг связи', 'Расчёты с абонентами', 'Исполнение требований законодательства о связи'], dc: [...IDENT, DC.phone, DC.address, DC.location, DC.onlineId], sc: [SC.subscriber], extras: [{ p: 0.3, dc: [DC.face] }], subjects: [10_000, 3_000_000], media: ['INFORMATION_SYSTEM'], system: 'Биллинговая система' },
  [SECTOR.it]: { name: 'Пользователи сервиса', purposes: ['Регистрация и поддержка пользователей', 'Исполнение договора'], dc: [DC.fullName, DC.email, DC.phone, DC.onlineId], sc: [SC.onlineUser, SC.customer], subjects: [100, 500_000], media: ['INFORMATION_SYSTEM'], system: 'Веб-платформа', online: true, crossBorder: true },
  [SECTOR.retail]: { name: 'Участники программы лояльности', purposes: ['Предоставление скидок и бонусов', 'Информирование об акциях'], dc: [...BASIC, DC.birthDate], sc: [SC.customer], extras: [{ p: 0.3, dc: [DC.email] }], subjects: [100, 200_000], media: ['ELECTRONIC_DATABASE'], system: 'CRM-система' },
  [SECTOR.ecommerce]: { name: 'Покупатели интернет-магазина', purposes: ['Приём и доставка заказов', 'Приём оплаты'], dc: [...BASIC, DC.email, DC.address, DC.onlineId, DC.paymentCard], sc: [SC.customer, SC.onlineUser], subjects: [200, 500_000], media: ['INFORMATION_SYSTEM'], system: 'Интернет-магазин', online: true, crossBorder: true },
  [SECTOR.transport]: { name: 'Пассажиры', purposes: ['Продажа билетов и перевозка пассажиров'], dc: [DC.fullName, DC.passport, DC.phone], sc: [SC.passenger], extras: [{ p: 0.5, dc: [DC.birthDate] }], subjects: [500, 800_000], media: ['ELECTRONIC_DATABASE', 'PAPER_ARCHIVE'], system: 'Система бронирования билетов', crossBorder: true },
  [SECTOR.hospitality]: { name: 'Гости', purposes: ['Бронирование и размещение гостей', 'Регистрация иностранных граждан'], dc: [DC.fullName, DC.passport, DC.phone, DC.email], sc: [SC.customer, SC.visitor], subjects: [200, 100_000], media: ['ELECTRONIC_DATABASE', 'PAPER_ARCHIVE'], system: 'Система управления гостиницей', online: true, crossBorder: true },
  [SECTOR.energy]: { name: 'Потребители электроэнергии', purposes: ['Учёт потребления и расчёты с потребителями'], dc: [DC.fullName, DC.pin, DC.address, DC.phone], sc: [SC.subscriber], subjects: [5_000, 1_000_000], media: ['INFORMATION_SYSTEM', 'PAPER_ARCHIVE'], system: 'Биллинговая система' },
  [SECTOR.utilities]: { name: 'Потребители коммунальных услуг', purposes: ['Учёт потребления и расчёты с потребителями'], dc: [DC.fullName, DC.pin, DC.address, DC.phone], sc: [SC.subscriber], subjects: [1_000, 400_000], media: ['ELECTRONIC_DATABASE', 'PAPER_ARCHIVE'], system: 'Биллинговая система' },
  [SECTOR.media]: { name: 'Подписчики и авторы обращений', purposes: ['Распространение продукции СМИ', 'Работа с обращениями читателей'], dc: [DC.fullName, DC.email, DC.onlineId], sc: [SC.subscriber, SC.onlineUser], subjects: [100, 300_000], media: ['INFORMATION_SYSTEM'], system: 'Сайт издания', online: true },
  [SECTOR.ngo]: { name: 'Члены, волонтёры и участники программ', purposes: ['Ведение учёта членов организации', 'Реализация уставных программ'], dc: [DC.fullName, DC.phone, DC.email, DC.address], sc: [SC.member], extras: [{ p: 0.3, dc: [DC.childIdentity], sc: [SC.minor, SC.parent] }, { p: 0.15, dc: [DC.health] }], subjects: [10, 5_000], media: ['ELECTRONIC_DATABASE', 'PAPER_ARCHIVE'], system: 'База данных участников', crossBorder: true },
  [SECTOR.security]: { name: 'Посетители охраняемых объектов', purposes: ['Обеспечение пропускного и внутриобъектового режима'], dc: [DC.fullName, DC.passport, DC.face], sc: [SC.visitor], subjects: [500, 100_000], media: ['ELECTRONIC_DATABASE', 'CARD_FILE'], system: 'Журнал посетителей' },
  [SECTOR.realEstate]: { name: 'Покупатели и арендаторы', purposes: ['Заключение договоров купли-продажи и аренды'], dc: [...IDENT, DC.phone, DC.address, DC.bankDetails], sc: [SC.customer, SC.prospect], subjects: [20, 20_000], media: ['ELECTRONIC_DATABASE', 'PAPER_ARCHIVE'], system: 'CRM-система' },
};

/** Sectors without a dedicated template keep customer and supplier records. */
export const GENERIC_CUSTOMERS: ArrayTemplate = {
  name: 'Клиенты',
  purposes: ['Заключение и исполнение договоров', 'Бухгалтерский и налоговый учёт'],
  dc: [DC.fullName, DC.phone],
  sc: [SC.customer],
  extras: [{ p: 0.5, dc: [DC.email] }, { p: 0.3, dc: [DC.pin, DC.address] }],
  subjects: [10, 50_000],
  media: ['ELECTRONIC_DATABASE', 'PAPER_ARCHIVE'],
  system: 'CRM-система',
};

/** Appeals of citizens, kept by every state and municipal body. */
export const APPEALS: ArrayTemplate = {
  name: 'Обращения граждан',
  purposes: ['Рассмотрение обращений граждан в сроки, установленные законом'],
  dc: [DC.fullName, DC.address, DC.phone],
  sc: [SC.citizen],
  collection: ['Письменные и электронные обращения граждан', 'Личный приём граждан'],
  term: '5 лет',
  extras: [{ p: 0.4, dc: [DC.email] }],
  subjects: [100, 100_000],
  media: ['ELECTRONIC_DATABASE', 'PAPER_ARCHIVE'],
  system: 'Система электронного документооборота',
  publicFunction: true,
};
