/**
 * Credit accounts: opening on approval, every change of a line in its own locked transaction, the
 * holds checkout places, what other services' events do to a line (a fraud decline freezes it, a
 * festival campaign raises it, a charge-off closes it), the record of each temporary raise's start and lapse, and the audit
 * of changes. The rules themselves live in {@code model}.
 */
package com.creditline.creditlimit.account;
