package com.creditline.common.test.archfixture.bad.across.funding;

/** Another service's internal class. */
public class Funder {}
