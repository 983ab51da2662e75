/** Spring Boot wiring of common-lib and the defaults every service shares. */
package com.creditline.common.autoconfigure;
