/**
 * Festival campaigns as plain Java: the segment a campaign offers its raise to (grades, behaviour
 * score, months on book, an open line), the raise (a percentage of the limit or a fixed amount) and
 * the dates it runs, each refusing what ops must not launch.
 */
package com.creditline.risk.campaign.model;
