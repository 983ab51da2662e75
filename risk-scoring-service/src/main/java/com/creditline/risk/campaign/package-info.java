/**
 * Festival campaigns (618, Double 11): ops define a segment and a dated temporary raise; launching
 * offers it, in one transaction, to every eligible customer (one offer per campaign and customer)
 * and tells credit-limit through the outbox ({@code CampaignRaiseOffered}), which places the raise.
 */
package com.creditline.risk.campaign;
