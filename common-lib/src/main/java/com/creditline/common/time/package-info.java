/** The business clock: the injectable source of the instant and the business date. */
package com.creditline.common.time;
