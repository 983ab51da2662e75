/**
 * What every service's OpenAPI document says beyond its controllers: the RFC 9457 problems each
 * operation can answer and the headers it takes.
 */
package com.creditline.common.apidoc;
