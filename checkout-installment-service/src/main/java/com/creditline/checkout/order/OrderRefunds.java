package com.creditline.checkout.order;

import com.creditline.checkout.order.model.OrderRefund;
import org.springframework.data.jpa.repository.JpaRepository;

/** Refunds by refund id. */
public interface OrderRefunds extends JpaRepository<OrderRefund, String> {}
