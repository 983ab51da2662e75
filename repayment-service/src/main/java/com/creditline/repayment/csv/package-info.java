/** CSV as the service's statements write it (the funders' books, a merchant's loan statement). */
package com.creditline.repayment.csv;
