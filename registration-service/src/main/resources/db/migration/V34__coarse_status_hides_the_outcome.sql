-- A partner's coarse status no longer tells a recognition from a rejection (docs/security.md "Partner integration"):
-- DOCUMENTS_ISSUED (only a recognised person gets refugee documents) is gone, and a case that ended by the decisions
-- on its members (status CLOSED: recognised or finally rejected) is DECIDED, as is any referral whose case saw a
-- decision. Existing referrals are brought to the new statuses without notifying anyone.
update referral set coarse_status = 'DECIDED' where coarse_status = 'DOCUMENTS_ISSUED';
update referral r set coarse_status = 'DECIDED'
  from application a
 where a.id = r.case_id and a.status = 'CLOSED' and r.coarse_status = 'CLOSED';
