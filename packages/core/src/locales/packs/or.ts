import type { LocalePack } from "../types";

/** Odia, as SBI, UCO Bank and Odisha Gramya Bank print their Odia alerts ("ଟ.2,000.00 ଡେବିଟ୍ ହୋଇଛି", "ଜମା ହୋଇଛି",
 * "ବାଲାନ୍ସ"). The rupee is "ଟଙ୍କା" (after the amount) or "ଟ." (before it). */
export const or: LocalePack = {
  id: "or",
  name: "Odia",
  scripts: ["Orya"],
  words: {
    debit: ["ଡେବିଟ୍ ହୋଇ", "ଡେବିଟ୍ କରାଯାଇ", "କଟାଯାଇ", "କଟା ଯାଇ", "ଉଠାଯାଇ", "ପଠାଯାଇ"],
    credit: ["ଜମା ହୋଇ", "ଜମା କରାଯାଇ", "କ୍ରେଡିଟ୍ ହୋଇ", "କ୍ରେଡିଟ୍ କରାଯାଇ", "ପ୍ରାପ୍ତ ହୋଇ"],
    balance: ["ବାଲାନ୍ସ", "ବାଲାନ୍ସ୍", "ଅବଶିଷ୍ଟ ରାଶି"],
    otp: ["ଓଟିପି", "ଯାଞ୍ଚ କୋଡ୍"],
    promo: ["ଅଫର", "କ୍ୟାସବ୍ୟାକ", "ଅଭିନନ୍ଦନ"],
    due: ["ବକେୟା", "ଶେଷ ତାରିଖ", "ପଇଠ କରିବାକୁ"],
    future: ["ଡେବିଟ୍ ହେବ", "ଡେବିଟ୍ କରାଯିବ", "କଟାଯିବ", "ଜମା ହେବ", "ଜମା କରାଯିବ"],
    failed: ["ବିଫଳ", "ଡେବିଟ୍ ହୋଇନାହିଁ", "ଡେବିଟ୍ ହୋଇ ନାହିଁ", "ଜମା ହୋଇନାହିଁ", "ଜମା ହୋଇ ନାହିଁ"],
    declined: ["ପ୍ରତ୍ୟାଖ୍ୟାନ"],
    amount: ["ରାଶି", "ପରିମାଣ"],
    account: ["ଖାତା ନଂ", "ଖାତା", "ଆକାଉଣ୍ଟ"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["INR"],
};
