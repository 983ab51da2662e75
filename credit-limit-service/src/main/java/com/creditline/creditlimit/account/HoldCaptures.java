package com.creditline.creditlimit.account;

import com.creditline.common.id.CaptureId;
import com.creditline.creditlimit.account.model.HoldCapture;
import org.springframework.data.jpa.repository.JpaRepository;

/** Captures by capture id. */
public interface HoldCaptures extends JpaRepository<HoldCapture, CaptureId> {}
