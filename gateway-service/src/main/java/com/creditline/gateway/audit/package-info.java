/** The audit log of admin changes: who, what, when, why, and how each ended. */
package com.creditline.gateway.audit;
