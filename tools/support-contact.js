// The support and privacy pages name whom to ask. The pages say "your office's IT staff" in words; a
// deployer who sets SUPPORT_EMAIL at build time gets that address as a mail link in its place, so one
// release of the project serves every province without editing HTML.
'use strict';

const CONTACT = /<span class="contact">[\s\S]*?<\/span>/g;
// Deliberately plain: the address ends up inside HTML, so quotes, angle brackets and spaces are refused.
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

/** The page with every contact placeholder filled with a mailto link, or unchanged when `email` is empty. */
function fillContact(html, email) {
  if (!email) return html;
  if (!EMAIL.test(email)) throw new Error(`SUPPORT_EMAIL is not a plain e-mail address: "${email}"`);
  return html.replace(CONTACT, `<span class="contact"><a href="mailto:${email}">${email}</a></span>`);
}

module.exports = { fillContact };
