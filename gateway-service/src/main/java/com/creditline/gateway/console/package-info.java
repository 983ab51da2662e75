/**
 * The operations console: static pages (HTML, CSS, ES modules) under {@code /console/} that staff
 * open in the browser; they call the platform's public API through this gateway with the staff
 * member's token.
 */
package com.creditline.gateway.console;
