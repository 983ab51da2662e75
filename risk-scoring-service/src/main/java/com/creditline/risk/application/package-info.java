/** Applications for a credit line: features in, a scored decision out, approval published. */
package com.creditline.risk.application;
