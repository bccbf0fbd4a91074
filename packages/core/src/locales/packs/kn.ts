import type { LocalePack } from "../types";

/** Kannada, as Canara Bank, SBI and Karnataka Gramin Bank print their Kannada alerts ("ರೂ.1,200.00 ಡೆಬಿಟ್ ಮಾಡಲಾಗಿದೆ",
 * "ಜಮಾ ಮಾಡಲಾಗಿದೆ", "ಶಿಲ್ಕು"). "ಬಾಕಿ" alone is both a balance and an arrear: only "ಲಭ್ಯ ಬಾಕಿ" is a balance. */
export const kn: LocalePack = {
  id: "kn",
  name: "Kannada",
  scripts: ["Knda"],
  words: {
    debit: ["ಡೆಬಿಟ್ ಮಾಡಲಾಗಿದೆ", "ಡೆಬಿಟ್ ಆಗಿದೆ", "ಕಡಿತಗೊಳಿಸಲಾಗಿದೆ", "ಕಡಿತವಾಗಿದೆ", "ಹಿಂಪಡೆಯಲಾಗಿದೆ", "ಕಳುಹಿಸಲಾಗಿದೆ", "ಪಾವತಿಸಲಾಗಿದೆ"],
    credit: ["ಜಮಾ ಮಾಡಲಾಗಿದೆ", "ಜಮೆ ಮಾಡಲಾಗಿದೆ", "ಜಮಾ ಆಗಿದೆ", "ಜಮೆ ಆಗಿದೆ", "ಜಮೆಯಾಗಿದೆ", "ಕ್ರೆಡಿಟ್ ಮಾಡಲಾಗಿದೆ", "ಕ್ರೆಡಿಟ್ ಆಗಿದೆ", "ಸ್ವೀಕರಿಸಲಾಗಿದೆ"],
    balance: ["ಶಿಲ್ಕು", "ಬ್ಯಾಲೆನ್ಸ್", "ಲಭ್ಯ ಬಾಕಿ"],
    otp: ["ಒಟಿಪಿ", "ಓಟಿಪಿ", "ಪರಿಶೀಲನಾ ಕೋಡ್"],
    promo: ["ಆಫರ್", "ಕೊಡುಗೆ", "ಕ್ಯಾಶ್ ಬ್ಯಾಕ್", "ಅಭಿನಂದನೆ", "ಪೂರ್ವ ಅನುಮೋದಿತ"],
    due: ["ಪಾವತಿಸಬೇಕಾದ", "ಕೊನೆಯ ದಿನಾಂಕ", "ಬಾಕಿ ಮೊತ್ತ"],
    future: ["ಡೆಬಿಟ್ ಮಾಡಲಾಗುವುದು", "ಕಡಿತಗೊಳಿಸಲಾಗುವುದು", "ಜಮಾ ಮಾಡಲಾಗುವುದು", "ಜಮೆ ಮಾಡಲಾಗುವುದು"],
    failed: ["ವಿಫಲ"],
    declined: ["ತಿರಸ್ಕರಿಸಲಾಗಿದೆ"],
    amount: ["ಮೊತ್ತ"],
    account: ["ಖಾತೆ ಸಂಖ್ಯೆ", "ಖಾತೆ"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["INR"],
};
