package com.creditline.repayment.plan;

import com.creditline.common.money.Money;
import java.time.LocalDate;

/** One installment of a schedule as checkout fixed it: due date, principal part, fee part. */
public record ScheduleLine(int number, LocalDate dueDate, Money principal, Money fee) {}
