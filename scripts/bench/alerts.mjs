// Two alerts of one payment: the bank's debit alert and its UPI service's alert, as one UPI payment
// often produces. Same amount, account tail and UPI reference; different senders and wording.
const PAYEES = [
  "zomato.order@hdfcbank",
  "swiggy@axisbank",
  "bigbasket@ybl",
  "irctc@sbi",
  "airtel.pay@okaxis",
  "uber@icici",
];

export function alertPair(r, n, receivedAt) {
  const amount = `${100 + Math.floor(r() * 5000)}.${String(Math.floor(r() * 100)).padStart(2, "0")}`;
  const account = String(1000 + Math.floor(r() * 9000));
  const ref = String(600000000000 + n);
  const payee = PAYEES[Math.floor(r() * PAYEES.length)];
  const day = receivedAt.slice(8, 10);
  const month = receivedAt.slice(5, 7);
  const later = new Date(Date.parse(receivedAt) + 20_000).toISOString().replace("Z", "+00:00");
  return [
    {
      sender: "VM-SBIINB-S",
      body: `Dear Customer, Rs.${amount} debited from A/c XX${account} on ${day}-${month}-26 to VPA ${payee}. UPI Ref No ${ref}. If not done by you, call 1800111109 -SBI`,
      received_at: receivedAt,
    },
    {
      sender: "AX-SBIUPI-S",
      body: `Your A/C XXXXX${account} has been debited by Rs ${amount} on ${day}/${month}/26 for UPI txn to ${payee}. UPI Ref: ${ref}. Not you? SMS BLOCK UPI to 9223008333 -SBI`,
      received_at: later,
    },
  ];
}
