/** What checkout knows of a customer: the grade that prices their plans. */
package com.creditline.checkout.customer;
