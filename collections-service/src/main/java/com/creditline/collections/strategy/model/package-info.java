/**
 * The reminder strategy as data: which channel and template to use how many days from the due date
 * (negative before it, positive past it), and which steps are due for a given days past due.
 */
package com.creditline.collections.strategy.model;
