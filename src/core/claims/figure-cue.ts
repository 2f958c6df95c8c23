/**
 * Whether a sentence may state a figure: a digit or a number word (English or Vietnamese). A
 * cheap pre-filter, small enough for the content script, which asks for claim hints only then.
 */
export const MAY_STATE_A_FIGURE = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|trăm|nghìn|ngàn)\b/i;
