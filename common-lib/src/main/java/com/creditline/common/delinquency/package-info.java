/** How late a customer is, in the buckets every service counts the same way. */
package com.creditline.common.delinquency;
