/**
 * Whether a sentence may state a figure: a digit or a number word (English, Vietnamese or French).
 * A cheap pre-filter, small enough for the content script, which asks for claim hints only then.
 * JavaScript's \b is ASCII-only, so words are bounded by "not a letter" instead.
 */
export const MAY_STATE_A_FIGURE = /\d|(?<![\p{L}\p{M}])(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|millions?|milliards?|dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)(?![\p{L}\p{M}])/iu;
