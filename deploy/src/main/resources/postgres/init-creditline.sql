-- One schema and one database user per service, in the creditline database. Run by the local
-- launcher and by docker-compose's postgres container on first start; safe to run again.
DO $$
DECLARE
    service text;
BEGIN
    FOREACH service IN ARRAY ARRAY['credit_limit', 'checkout', 'repayment', 'risk_scoring', 'collections', 'gateway'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = service) THEN
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', service, service);
        END IF;
        EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', service, service);
        EXECUTE format('ALTER ROLE %I SET search_path = %I', service, service);
    END LOOP;
END
$$;
