/** How the service's typed ids are stored where common-lib's converters cannot map them: as keys. */
package com.creditline.creditlimit.persistence;
