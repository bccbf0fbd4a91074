import type { LocalePack } from "../types";

/**
 * Spanish, as Spanish and Latin American banks write it (BBVA, Santander, CaixaBank: "Compra de 24,80 EUR en ..",
 * "Has recibido un Bizum").
 */
export const es: LocalePack = {
  id: "es",
  name: "Spanish",
  scripts: ["Latn"],
  words: {
    debit: [
      "compra", "retirada", "retiro", "cargo en", "cargo de", "cargo por", "pago de", "pagaste", "has pagado",
      "transferencia enviada", "transferencia realizada", "has enviado", "enviaste", "bizum enviado", "adeudo",
      "disposición en cajero", "disposicion en cajero",
    ],
    credit: [
      "has recibido", "recibiste", "abono", "ingreso", "transferencia recibida", "bizum recibido",
      "devolución", "devolucion", "reembolso", "depósito", "deposito",
    ],
    balance: ["saldo", "disponible"],
    otp: [
      "código de verificación", "codigo de verificacion", "código de seguridad", "codigo de seguridad",
      "no lo compartas", "clave de un solo uso",
    ],
    promo: [
      "oferta", "promoción", "promocion", "gana hasta", "ganaste", "descuento", "felicidades", "aprovecha",
    ],
    due: ["vencimiento", "fecha límite de pago", "fecha limite de pago", "pago mínimo", "pago minimo"],
    future: [
      "se cargará", "se cargara", "será cargado", "sera cargado", "se realizará el cargo",
      "se realizara el cargo",
    ],
    held: [
      "preautorización", "preautorizacion", "retención", "retencion", "nuevo límite", "nuevo limite",
      "puedes pagar",
    ],
    failed: ["fallida", "fallido", "no se ha podido", "no se pudo"],
    declined: ["rechazada", "rechazado", "denegada", "denegado"],
    amount: ["importe", "monto"],
    payer: ["de"],
    party: ["en"],
    refund: ["devolución", "devolucion", "reembolso"],
    account: ["terminada en", "acabada en", "cuenta", "tarjeta"],
  },
  numbers: { decimal: ",", group: ["."] },
  dateOrders: ["dmy"],
  currencies: ["EUR", "MXN", "CLP"],
};
