// The page's own words in English and Arabic, written once here; the record's words (kinds, forces, statuses…)
// come from GET /api/v1/vocabulary. The language is the reader's choice: the URL's ?lang= (so a permalink keeps
// it), else the last choice on this device, else the browser's language.

import {VIEW_WORDS} from './words-views.js';

/** A date or instant kept left to right inside Arabic text (Unicode isolates), so 2026-12-05T09:04Z stays whole. */
const iso = s => `\u2066${s}\u2069`;

const WORDS = {
  en: {
    'tagline': "The international coalition's military presence in Iraq, 2003 to today: every value with its sources.",
    'nav.views': 'Views', 'nav.date': 'On a date', 'nav.time': 'Over time', 'nav.timeline': 'Timeline', 'nav.api': 'API',
    'lang.switch': 'العربية', 'lang.switch.label': 'اقرأ الصفحة بالعربية (Read the page in Arabic)',
    'digits.label': 'Digits for numbers', 'digits.latn': '0123', 'digits.arab': '٠١٢٣',
    'date.heading': 'On a date', 'date.date': 'Date', 'date.asKnownAt': 'As known at', 'date.utc': '(UTC; empty = now)',
    'date.show': 'Show', 'date.now': 'Now', 'date.pick': 'Pick a date to ask about.',
    'glance.heading': 'At a glance', 'glance.troops': 'Troops', 'glance.bases': 'Bases hosting the coalition',
    'glance.mission': 'Mission', 'glance.plans': 'Plans due', 'glance.noTroops': 'No troop figure holds on this date.',
    'glance.noBases': 'No base is recorded as hosting the coalition on this date.',
    'glance.noMission': 'No mission phase holds on this date.', 'glance.noPlans': 'No plan is due and unmet.',
    'glance.says': 'says', 'glance.lastReported': (when, ago) => `last reported ${when}, ${ago} earlier`,
    'glance.inferred': 'inferred from the texts', 'glance.planned': 'planned for', 'glance.beyond':
      'This date is after the record: the values are the last the record knows, not knowledge of that date.',
    'ago.years': n => `${n} year${n === 1 ? '' : 's'}`, 'ago.months': n => `${n} month${n === 1 ? '' : 's'}`,
    'ago.days': n => `${n} day${n === 1 ? '' : 's'}`,
    'meta.answer': (on, at) => `Answer for ${on} as known at ${at} (UTC).`,
    'meta.counts': (f, m, b, a, l, p) => `${f} force(s), ${m} mission scope(s), ${b} base(s), ${a} agreement(s) with a value; ${l} lapsed, ${p} planned.`,
    'troops.heading': 'Troops by force', 'missions.heading': 'Missions by scope', 'bases.heading': 'Bases',
    'bases.hosting': 'Hosting the coalition', 'bases.other': 'Handed over or closed',
    'agreements.heading': 'Agreements', 'lapsed.heading': 'Lapsed', 'lapsed.note': '(what was last said, and the last day it held)',
    'planned.heading': 'Planned / due', 'planned.note': '(plans announced by this date, neither met nor passed)',
    'col.force': 'Force', 'col.count': 'Count', 'col.range': 'Range (low–high)', 'col.basis': 'Basis',
    'col.claimDate': 'Claim date', 'col.inTransition': 'In transition', 'col.sources': 'Sources',
    'col.alternatives': 'Alternatives', 'col.scope': 'Scope', 'col.phase': 'Phase', 'col.base': 'Base',
    'col.arabicName': 'Arabic name', 'col.province': 'Province', 'col.status': 'Status', 'col.agreement': 'Agreement',
    'col.subject': 'Subject', 'col.lastSaid': 'Last said', 'col.heldUntil': 'Held until',
    'col.plannedValue': 'Planned value', 'col.plannedFor': 'Planned for', 'col.announced': 'Announced', 'col.due': 'Due',
    'col.when': 'When', 'col.kind': 'Kind', 'col.summary': 'Summary',
    'empty.troops': 'No troop figure holds on this date.', 'empty.missions': 'No mission phase holds on this date.',
    'empty.bases': 'No base status holds on this date.', 'empty.agreements': 'No agreement status holds on this date.',
    'empty.lapsed': 'Nothing has lapsed by this date.', 'empty.planned': 'No plan is pending on this date.',
    'yes': 'Yes', 'no': 'No', 'inTransition': 'In transition', 'due.yes': 'Due', 'due.no': 'Not yet', 'none': 'none',
    'inferred': 'inferred',
    'sources.n': n => `${n} source${n === 1 ? '' : 's'}`, 'alternatives.n': n => `${n} other claim${n === 1 ? '' : 's'}`,
    'sources.none': 'No source recorded.', 'source.at': 'at', 'fact': 'fact',
    'subject.troops': 'Troops: ', 'subject.mission': 'Mission: ', 'subject.agreement': 'Agreement: ',
    'time.heading': 'Over time', 'time.troops': 'Troop levels by force', 'time.bases': 'Base status over time',
    'time.hint.troops': 'Steps show the value each claim gives until the next claim (gaps: no claim holds). Markers: ● reported, ▲ announced, ◆ conflicting claims (alternatives), ★ both, ✕ planned. Shaded: the low–high range where given. The dashed line is the date asked under “On a date”. Click a step to see its claim and sources.',
    'time.hint.bases': 'One lane per base, coloured by status. Click a bar to see its claim and sources; each base’s page lists the same segments as a table.',
    'time.log': 'Logarithmic scale', 'time.table': 'Troop levels as a table',
    'time.meta': (from, to, at, n) => `From ${from} to ${to}, as known at ${at} (UTC). ${n} bases.`, 'time.now': 'now',
    'time.year': 'Year', 'time.troopsAxis': 'Troops', 'time.showClaim': 'Show claim', 'time.by': 'by',
    'time.claimOf': 'claim of', 'time.low': 'low', 'time.range': 'range', 'time.planned': 'planned',
    'time.announced': 'announced', 'time.conflictingClaims': 'conflicting claims', 'time.troopLevel': 'troop level',
    'time.status': 'status',
    'col.from': 'From', 'col.to': 'To', 'col.conflicting': 'Conflicting claims', 'col.claim': 'Claim',
    'timeline.heading': 'Timeline', 'timeline.kind': 'Kind', 'timeline.allKinds': 'All kinds',
    'timeline.search': 'Search', 'timeline.searchNote': '(English or Arabic)', 'timeline.empty': 'No fact matches.',
    'timeline.total': n => `${n} fact${n === 1 ? '' : 's'}`, 'timeline.ofKind': k => ` of kind ${k}`,
    'timeline.matching': ' matching ', 'timeline.order': ', in valid-time order.',
    'fact.noData': 'No data fields.', 'fact.firstRecorded': 'First recorded.', 'fact.noChange': 'No field changed.',
    'fact.id': 'Fact id', 'fact.version': 'Version', 'fact.rank': 'Rank', 'fact.recorded': 'Recorded',
    'fact.recordedBy': (at, by) => `${at} by ${by}`, 'fact.otherSummary': 'In Arabic', 'fact.data': 'Data',
    'fact.history': 'History', 'fact.change': 'Change', 'fact.reason': 'Reason', 'fact.recordedAt': 'Recorded at',
    'fact.recordedByCol': 'Recorded by', 'fact.whatChanged': 'What changed',
    'base.englishName': 'English name', 'base.aliases': 'Also called', 'base.statusOverTime': 'Status over time',
    'base.noStatus': 'No status claim about this base.', 'base.facts': n => `Facts about this base (${n})`,
    'base.noFacts': 'No fact about this base.', 'base.showing': n => `Showing the first ${n}; search the timeline for more.`,
    'base.statuses': 'Statuses: ', 'panel.value': 'Value', 'panel.holds': 'Holds',
    'panel.conflicting': 'Conflicting claims (same start)', 'title.date': on => `Sijill — presence on ${on}`,
    'timeline.page': (p, n) => `Page ${p} of ${n}`, 'timeline.prev': '‹ Previous', 'timeline.next': 'Next ›',
    'timeline.back': '‹ Timeline', 'fact.heading': 'Fact', 'base.heading': 'Base', 'detail.heading': 'Claim',
    'detail.close': 'Close the claim panel',
    'footer': 'Data: the Sijill JSON API under /api/v1. Dates are valid time; “as known at” is record time (UTC).',
    'error.title': 'Something went wrong',
  },
  ar: {
    'tagline': 'الوجود العسكري للتحالف الدولي في العراق من 2003 حتى اليوم: كل قيمة مع مصادرها.',
    'nav.views': 'العروض', 'nav.date': 'في تاريخ', 'nav.time': 'عبر الزمن', 'nav.timeline': 'التسلسل الزمني', 'nav.api': 'واجهة البرمجة',
    'lang.switch': 'English', 'lang.switch.label': 'Read the page in English (اقرأ الصفحة بالإنجليزية)',
    'digits.label': 'الأرقام', 'digits.latn': '0123', 'digits.arab': '٠١٢٣',
    'date.heading': 'في تاريخ', 'date.date': 'التاريخ', 'date.asKnownAt': 'كما عُرف في', 'date.utc': '(بالتوقيت العالمي؛ فارغ = الآن)',
    'date.show': 'اعرض', 'date.now': 'الآن', 'date.pick': 'اختر تاريخاً للسؤال عنه.',
    'glance.heading': 'بنظرة واحدة', 'glance.troops': 'القوات', 'glance.bases': 'القواعد التي تستضيف التحالف',
    'glance.mission': 'المهمة', 'glance.plans': 'خطط حلّ موعدها', 'glance.noTroops': 'لا يوجد رقم للقوات في هذا التاريخ.',
    'glance.noBases': 'لا تُسجَّل أي قاعدة تستضيف التحالف في هذا التاريخ.',
    'glance.noMission': 'لا توجد مرحلة للمهمة في هذا التاريخ.', 'glance.noPlans': 'لا خطة حلّ موعدها ولم تتحقق.',
    'glance.says': 'بحسب', 'glance.lastReported': (when, ago) => `آخر ما ورد في ${iso(when)}، قبل ${ago}`,
    'glance.inferred': 'مستنتج من النصوص', 'glance.planned': 'مخطط له في', 'glance.beyond':
      'هذا التاريخ بعد حدود السجل: القيم هي آخر ما يعرفه السجل، لا معرفة بذلك التاريخ.',
    'ago.years': n => `${n} ${n === 1 ? 'سنة' : n === 2 ? 'سنتين' : n <= 10 ? 'سنوات' : 'سنة'}`,
    'ago.months': n => `${n} ${n === 1 ? 'شهر' : n === 2 ? 'شهرين' : n <= 10 ? 'أشهر' : 'شهراً'}`,
    'ago.days': n => `${n} ${n === 1 ? 'يوم' : n === 2 ? 'يومين' : n <= 10 ? 'أيام' : 'يوماً'}`,
    'meta.answer': (on, at) => `الإجابة عن ${iso(on)} كما عُرفت في ${iso(at)} (بالتوقيت العالمي).`,
    'meta.counts': (f, m, b, a, l, p) => `قوات: ${f}، نطاقات المهمة: ${m}، قواعد: ${b}، اتفاقيات: ${a}؛ منقضية: ${l}، مخطط لها: ${p}.`,
    'troops.heading': 'القوات بحسب الجهة', 'missions.heading': 'المهمة بحسب النطاق', 'bases.heading': 'القواعد',
    'bases.hosting': 'تستضيف التحالف', 'bases.other': 'سُلِّمت أو أُغلقت',
    'agreements.heading': 'الاتفاقيات', 'lapsed.heading': 'منقضية', 'lapsed.note': '(آخر ما قيل وآخر يوم صحّ فيه)',
    'planned.heading': 'مخطط لها / حلّ موعدها', 'planned.note': '(خطط أُعلنت حتى هذا التاريخ ولم تتحقق ولم يتجاوزها السجل)',
    'col.force': 'الجهة', 'col.count': 'العدد', 'col.range': 'المدى (أدنى–أعلى)', 'col.basis': 'الأساس',
    'col.claimDate': 'تاريخ الرواية', 'col.inTransition': 'في مرحلة انتقالية', 'col.sources': 'المصادر',
    'col.alternatives': 'روايات أخرى', 'col.scope': 'النطاق', 'col.phase': 'المرحلة', 'col.base': 'القاعدة',
    'col.arabicName': 'الاسم العربي', 'col.province': 'المحافظة', 'col.status': 'الوضع', 'col.agreement': 'الاتفاقية',
    'col.subject': 'الموضوع', 'col.lastSaid': 'آخر ما قيل', 'col.heldUntil': 'صحّ حتى',
    'col.plannedValue': 'القيمة المخطط لها', 'col.plannedFor': 'موعدها', 'col.announced': 'أُعلنت', 'col.due': 'حلّ موعدها',
    'col.when': 'متى', 'col.kind': 'النوع', 'col.summary': 'الملخص',
    'empty.troops': 'لا يوجد رقم للقوات في هذا التاريخ.', 'empty.missions': 'لا توجد مرحلة للمهمة في هذا التاريخ.',
    'empty.bases': 'لا يوجد وضع لأي قاعدة في هذا التاريخ.', 'empty.agreements': 'لا يوجد وضع لأي اتفاقية في هذا التاريخ.',
    'empty.lapsed': 'لم ينقضِ شيء حتى هذا التاريخ.', 'empty.planned': 'لا خطة معلقة في هذا التاريخ.',
    'yes': 'نعم', 'no': 'لا', 'inTransition': 'مرحلة انتقالية', 'due.yes': 'حلّ موعدها', 'due.no': 'ليس بعد', 'none': 'لا شيء',
    'inferred': 'مستنتج',
    'sources.n': n => `${n} ${n === 1 ? 'مصدر' : n === 2 ? 'مصدران' : 'مصادر'}`,
    'alternatives.n': n => `${n} ${n === 1 ? 'رواية أخرى' : 'روايات أخرى'}`,
    'sources.none': 'لا مصدر مسجل.', 'source.at': 'في', 'fact': 'الواقعة',
    'subject.troops': 'القوات: ', 'subject.mission': 'المهمة: ', 'subject.agreement': 'الاتفاقية: ',
    'time.heading': 'عبر الزمن', 'time.troops': 'أعداد القوات بحسب الجهة', 'time.bases': 'وضع القواعد عبر الزمن',
    'time.hint.troops': 'تُظهر الدرجات القيمة التي تعطيها كل رواية حتى الرواية التالية (الفجوات: لا رواية). العلامات: ● مُبلَّغ عنه، ▲ مُعلَن، ◆ روايات متعارضة، ★ كلاهما، ✕ مخطط له. المظلل: المدى الأدنى–الأعلى حيث يرد. الخط المتقطع هو التاريخ المسؤول عنه في «في تاريخ». انقر درجة لترى روايتها ومصادرها.',
    'time.hint.bases': 'مسار لكل قاعدة ملوّن بحسب وضعها. انقر شريطاً لترى روايته ومصادره؛ وصفحة كل قاعدة تعرض المقاطع نفسها في جدول.',
    'time.log': 'مقياس لوغاريتمي', 'time.table': 'أعداد القوات في جدول',
    'time.meta': (from, to, at, n) => `من ${from} إلى ${iso(to)}، كما عُرف في ${iso(at)} (بالتوقيت العالمي). القواعد: ${n}.`, 'time.now': 'الآن',
    'time.year': 'السنة', 'time.troopsAxis': 'القوات', 'time.showClaim': 'اعرض الرواية', 'time.by': 'في',
    'time.claimOf': 'رواية', 'time.low': 'الأدنى', 'time.range': 'المدى', 'time.planned': 'مخطط له',
    'time.announced': 'أُعلن', 'time.conflictingClaims': 'روايات متعارضة', 'time.troopLevel': 'عدد القوات',
    'time.status': 'الوضع',
    'col.from': 'من', 'col.to': 'إلى', 'col.conflicting': 'روايات متعارضة', 'col.claim': 'الرواية',
    'timeline.heading': 'التسلسل الزمني', 'timeline.kind': 'النوع', 'timeline.allKinds': 'كل الأنواع',
    'timeline.search': 'بحث', 'timeline.searchNote': '(بالعربية أو الإنجليزية)', 'timeline.empty': 'لا واقعة تطابق البحث.',
    'timeline.total': n => `الوقائع: ${n}`, 'timeline.ofKind': k => `، من نوع ${k}`,
    'timeline.matching': '، تطابق ', 'timeline.order': '، مرتبة بحسب زمن الوقائع.',
    'fact.noData': 'لا حقول بيانات.', 'fact.firstRecorded': 'أول تسجيل.', 'fact.noChange': 'لم يتغير أي حقل.',
    'fact.id': 'معرّف الواقعة', 'fact.version': 'النسخة', 'fact.rank': 'الرتبة', 'fact.recorded': 'سُجّلت',
    'fact.recordedBy': (at, by) => `${iso(at)} بواسطة ${by}`, 'fact.otherSummary': 'بالإنجليزية', 'fact.data': 'البيانات',
    'fact.history': 'السجل', 'fact.change': 'التغيير', 'fact.reason': 'السبب', 'fact.recordedAt': 'وقت التسجيل',
    'fact.recordedByCol': 'سجّلها', 'fact.whatChanged': 'ما تغيّر',
    'base.englishName': 'الاسم الإنجليزي', 'base.aliases': 'أسماء أخرى', 'base.statusOverTime': 'الوضع عبر الزمن',
    'base.noStatus': 'لا رواية عن وضع هذه القاعدة.', 'base.facts': n => `وقائع عن هذه القاعدة (${n})`,
    'base.noFacts': 'لا واقعة عن هذه القاعدة.', 'base.showing': n => `تُعرض أول ${n}؛ ابحث في التسلسل الزمني عن المزيد.`,
    'base.statuses': 'الأوضاع: ', 'panel.value': 'القيمة', 'panel.holds': 'تصحّ',
    'panel.conflicting': 'روايات متعارضة (البداية نفسها)', 'title.date': on => `سجل — الوجود في ${iso(on)}`,
    'timeline.page': (p, n) => `الصفحة ${p} من ${n}`, 'timeline.prev': 'السابقة ›', 'timeline.next': '‹ التالية',
    'timeline.back': 'التسلسل الزمني ›', 'fact.heading': 'الواقعة', 'base.heading': 'القاعدة', 'detail.heading': 'الرواية',
    'detail.close': 'أغلق لوحة الرواية',
    'footer': 'البيانات: واجهة سجل البرمجية تحت /api/v1. التواريخ زمن الوقائع؛ و«كما عُرف في» زمن التسجيل (بالتوقيت العالمي).',
    'error.title': 'حدث خطأ',
  },
};

Object.assign(WORDS.en, VIEW_WORDS.en);
Object.assign(WORDS.ar, VIEW_WORDS.ar);

const STORE = 'sijill.lang';
const DIGITS = 'sijill.digits';

/** The digits the reader chose for numbers: 'latn' (0123) or 'arab' (٠١٢٣), kept like the language. */
export function digits() {
  const asked = new URLSearchParams(location.search).get('digits');
  if (asked === 'latn' || asked === 'arab') return asked;
  return localStorage.getItem(DIGITS) === 'arab' ? 'arab' : 'latn';
}

export function setDigits(choice) {
  localStorage.setItem(DIGITS, choice);
  const params = new URLSearchParams(location.search);
  params.set('digits', choice);
  history.replaceState(null, '', `/?${params}${location.hash}`);
}

/** The reader's language: 'ar' or 'en'. */
export function lang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'ar' || asked === 'en') return asked;
  const kept = localStorage.getItem(STORE);
  if (kept === 'ar' || kept === 'en') return kept;
  return (navigator.language || '').startsWith('ar') ? 'ar' : 'en';
}

/** Keeps the choice on this device and in the URL (so a permalink carries it). */
export function setLang(choice) {
  localStorage.setItem(STORE, choice);
  const params = new URLSearchParams(location.search);
  params.set('lang', choice);
  history.replaceState(null, '', `/?${params}${location.hash}`);
}

/** A word or sentence of the page in the reader's language; functions take the values to put in. */
export function t(key, ...values) {
  const word = WORDS[lang()][key] ?? WORDS.en[key];
  if (word === undefined) throw new Error(`No words for ${key}`);
  return typeof word === 'function' ? word(...values) : word;
}

/** Sets the document's language and direction and fills every element that names its words. */
export function localize(root = document) {
  const current = lang();
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  const other = document.getElementById('lang-switch');
  if (other) {
    other.lang = current === 'ar' ? 'en' : 'ar';
    other.dir = current === 'ar' ? 'ltr' : 'rtl';
  }
}

/** Every key has both languages (the browser test calls this). */
export function missingWords() {
  const en = Object.keys(WORDS.en);
  const ar = Object.keys(WORDS.ar);
  return [...en.filter(k => !ar.includes(k)).map(k => `ar:${k}`), ...ar.filter(k => !en.includes(k)).map(k => `en:${k}`)];
}
