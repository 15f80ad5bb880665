## The gates checked before any clause: age limit, identity verification, appeal timer, reason, evidence (gates.*)

gates-not_applied-trace = gates { $gates }
gates-not_applied = not applied under this policy
gates-age_limit-trace = order created { $created } + { $max_age } = { $limit }; appeal filed { $filed }
gates-age_limit-over = over the age limit
gates-age_limit-within = within the age limit
gates-age_limit-reopened = the order is older than { $max_age } but support approved reopening the appeal
gates-age_limit-if_filed_by = an appeal filed by { $limit } would have been heard; support may still reopen it
gates-age_limit-too_old = the appeal ({ $filed }) came after the order's { $max_age } age limit ran out ({ $limit })
gates-age_limit-ask-refuse = tell the appellant the appeal is refused as out of time; reopening is at support's discretion (set findings.reopen_approved)
gates-kyc-trace = buyer KYC { $buyer_id ->
        [yes] true
       *[no] false
    }, seller KYC { $seller_id ->
        [yes] true
       *[no] false
    }
gates-kyc-verified = both verified
gates-kyc-not_verified = not verified
gates-kyc-unverified = the { $party } has not completed KYC verification
gates-kyc-ask-verify = complete KYC verification; the appeal can then be filed again
gates-timer-no_marked_paid = no marked_paid event
gates-timer-never_started = the timer never started; not applied
gates-timer-trace = marked paid { $marked } + { $timer } ({ $source }) = appeal opens { $opens }; filed { $filed }
gates-timer-early = filed before the timer ran out
gates-timer-after = filed after the timer ran out
gates-timer-if_filed_at = an appeal filed at or after { $opens } would have been admissible
gates-timer-too_early = the appeal was filed at { $filed }, before the order timer ran out at { $opens }
gates-timer-ask-refile = the appeal opens at the time given: file it again then, not before
gates-reason-trace = appeal.reason
gates-reason-given = given
gates-reason-missing = missing
gates-reason-none = the appeal states no reason
gates-reason-ask-refile = file the appeal again with its type and a reason
gates-evidence-trace = { $party } evidence required: { $required }
gates-evidence-all_present = all present
gates-evidence-missing = missing: { $missing }
gates-evidence-kinds = { $kinds }
gates-evidence-not_uploaded = the { $party } has not uploaded the required evidence: { $missing }
gates-evidence-not_uploaded-others = the { $party } has not uploaded the required evidence: { $missing } (uploaded so far: { $uploaded })
gates-evidence-late = the { $party }'s { $missing } came after the evidence window closed at { $due }: late evidence does not meet it
gates-evidence-not_arrived = the evidence did not arrive by { $due }
gates-evidence-if_late = if the evidence is not in by then, close the appeal as inadmissible

## Where the appeal timer comes from

timer_source-order = order.appeal_timer
timer_source-policy = the policy's default
