// Numerals in both languages, as data.

/** Chinese digits, including the financial-style 两 and the zero forms 零 and 〇. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese units within a section: 十, 百, 千. */
export const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/** Chinese section units: 万, 亿. */
export const CHINESE_BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** Powers of ten that a Chinese multiplier after Arabic digits adds: 500万 = 500e4, 1.2亿 = 1.2e8, 5千万 = 5e7. */
export const CHINESE_MULTIPLIER_EXPONENTS: Readonly<Record<string, number>> = {
  十: 1,
  百: 2,
  千: 3,
  万: 4,
  亿: 8,
};

/** Characters that, right after 千/百, make a metric unit (千米, 千克, 千瓦, 百分) rather than a multiplier. */
export const MULTIPLIER_UNIT_BREAKERS: Readonly<Record<string, true>> = {
  米: true,
  克: true,
  瓦: true,
  分: true,
};

/** English cardinal words below twenty. */
export const ENGLISH_ONES: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** English tens. */
export const ENGLISH_TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** English scale words as powers of ten. */
export const ENGLISH_SCALE_EXPONENTS: Readonly<Record<string, number>> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
};

/** Suffixes written right after digits: 10k, $2.5m, $1bn. `m` and `b` count only next to a currency. */
export const DIGIT_SUFFIX_EXPONENTS: Readonly<Record<string, number>> = {
  k: 3,
  m: 6,
  mm: 6,
  mn: 6,
  b: 9,
  bn: 9,
};

/** English ordinals, for dates ("the 5th") and quarters ("the third quarter"). */
export const ENGLISH_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/** Ordinal suffixes after digits: 1st, 2nd, 3rd, 4th. */
export const ORDINAL_SUFFIXES: Readonly<Record<string, true>> = { st: true, nd: true, rd: true, th: true };
