package com.creditline.creditlimit.account;

import org.springframework.data.jpa.repository.JpaRepository;

/** Captures by capture id. */
public interface HoldCaptures extends JpaRepository<HoldCapture, String> {}
