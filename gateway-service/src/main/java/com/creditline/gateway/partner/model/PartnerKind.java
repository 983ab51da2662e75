package com.creditline.gateway.partner.model;

/**
 * What a partner is: a platform that sells on credit through checkout (or a funder reading its
 * books), or a merchant enrolled in checkout that borrows against its sales. A key's scopes are
 * those of its partner's kind.
 */
public enum PartnerKind {
    PLATFORM,
    MERCHANT
}
