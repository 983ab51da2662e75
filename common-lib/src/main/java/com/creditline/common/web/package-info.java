/** What every servlet service's web layer shares: problem responses and the correlation id. */
package com.creditline.common.web;
