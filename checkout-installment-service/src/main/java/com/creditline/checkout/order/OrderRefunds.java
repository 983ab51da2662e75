package com.creditline.checkout.order;

import com.creditline.checkout.order.model.OrderRefund;
import com.creditline.common.id.RefundId;
import org.springframework.data.jpa.repository.JpaRepository;

/** Refunds by refund id. */
public interface OrderRefunds extends JpaRepository<OrderRefund, RefundId> {}
