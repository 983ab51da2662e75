/**
 * The OpenAPI-driven fuzz walk every service runs in its build: malformed bodies, parameters and
 * headers for each documented operation, and a report of every request answered 5xx.
 */
package com.creditline.common.test.fuzz;
