/** Exact money in CNY to the fen, and its persistence mapping. */
package com.creditline.common.money;
