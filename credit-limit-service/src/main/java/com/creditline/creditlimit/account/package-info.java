/** Credit accounts: opening on approval, the line's balances, and the audit of changes. */
package com.creditline.creditlimit.account;
