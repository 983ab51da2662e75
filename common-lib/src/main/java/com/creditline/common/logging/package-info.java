/**
 * Logs without personal data: every string a structured log line carries (message, error, stack
 * trace, fields) is masked for phone numbers, resident id numbers, bank cards and e-mail addresses.
 * The platform does not collect names or such numbers at all; this is the net under that rule.
 */
package com.creditline.common.logging;
