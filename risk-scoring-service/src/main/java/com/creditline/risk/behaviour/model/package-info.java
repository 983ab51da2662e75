/** The behaviour of a customer as plain Java: how each event changes it, and what it adds up to. */
package com.creditline.risk.behaviour.model;
