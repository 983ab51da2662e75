/** The shape of events between services: the marker interface and the envelope on the wire. */
package com.creditline.common.event;
