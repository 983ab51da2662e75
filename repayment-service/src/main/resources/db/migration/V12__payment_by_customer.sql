-- A customer's payments, the latest first (Customer 360 and GET /api/v1/repayments?customerId=).
CREATE INDEX payment_customer ON payment (customer_id, received_at DESC, payment_id DESC);
