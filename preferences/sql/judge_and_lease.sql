-- The live judging hot path on PostgreSQL in one round trip (preferences.services.hot_path calls it).
-- Stores a judgement exactly once under the same checks as comparison_submit, then leases the reviewer's
-- next pair as comparison_lease_next does. Cases the ORM path handles (a rate limit, an evaluation pair, a
-- pair whose votes may split, an item of three or more candidates, a gold draw, a ranking campaign) come
-- back as 'fallback' before anything is written, or as next_state 'fallback' after the judgement is stored.
CREATE OR REPLACE FUNCTION tuneloop_judge_and_lease(
    p_campaign bigint, p_user integer, p_task bigint, p_choice text, p_key text,
    p_now timestamptz, p_lease_until timestamptz, p_next boolean, p_gold_draw boolean
) RETURNS TABLE (
    outcome text, judgement_id bigint, judged_task bigint, next_state text, next_task bigint,
    next_item bigint, next_item_text text, next_a text, next_b text, next_expires timestamptz,
    next_evaluation boolean
) LANGUAGE plpgsql AS $$
DECLARE
    t preferences_comparisontask%ROWTYPE;
    c labeling_campaign%ROWTYPE;
    guideline bigint;
    pool integer;
BEGIN
    SELECT * INTO c FROM labeling_campaign WHERE id = p_campaign;
    -- A resend: the reviewer's judgement sent with this key in this campaign.
    SELECT j.id, j.task_id INTO judgement_id, judged_task
      FROM preferences_judgement j
      JOIN preferences_comparisontask ct ON ct.id = j.task_id
      JOIN labeling_item i ON i.id = ct.item_id
     WHERE j.reviewer_id = p_user AND j.idempotency_key = p_key AND i.campaign_id = p_campaign;
    IF FOUND THEN
        outcome := 'duplicate';
    ELSE
        SELECT ct.* INTO t
          FROM preferences_comparisontask ct JOIN labeling_item i ON i.id = ct.item_id
         WHERE ct.id = p_task AND i.campaign_id = p_campaign
           FOR UPDATE OF ct;
        IF NOT FOUND THEN
            outcome := 'not_found'; RETURN NEXT; RETURN;
        END IF;
        IF t.status = 'done' THEN
            SELECT j.id, j.task_id INTO judgement_id, judged_task FROM preferences_judgement j
             WHERE j.task_id = t.id AND j.reviewer_id = p_user AND j.idempotency_key = p_key;
            IF NOT FOUND THEN
                outcome := 'conflict'; RETURN NEXT; RETURN;
            END IF;
            outcome := 'duplicate';
        ELSIF t.leased_to_id IS DISTINCT FROM p_user THEN
            outcome := 'forbidden'; RETURN NEXT; RETURN;
        ELSIF c.max_judgements_per_minute > 0 OR t.evaluation
              OR (NOT t.is_gold AND NOT (c.judgements_per_pair = 1 AND t.copy = 0)) THEN
            outcome := 'fallback'; RETURN NEXT; RETURN;
        ELSE
            SELECT g.id INTO guideline FROM labeling_guidelineversion g
             WHERE g.campaign_id = p_campaign ORDER BY g.version DESC LIMIT 1;
            BEGIN
                INSERT INTO preferences_judgement (task_id, reviewer_id, choice, rationale, entity_counts, criteria,
                                                   guideline_version_id, idempotency_key, created_at)
                VALUES (t.id, p_user, p_choice, '', '{}'::jsonb, '{}'::jsonb, guideline, p_key, p_now)
                RETURNING id INTO judgement_id;
            EXCEPTION WHEN unique_violation THEN
                -- A twin with this key got in first (on another task): it is the answer; outside this
                -- campaign, the key is taken.
                SELECT j.id, j.task_id INTO judgement_id, judged_task
                  FROM preferences_judgement j
                  JOIN preferences_comparisontask ct ON ct.id = j.task_id
                  JOIN labeling_item i ON i.id = ct.item_id
                 WHERE j.reviewer_id = p_user AND j.idempotency_key = p_key AND i.campaign_id = p_campaign;
                outcome := CASE WHEN FOUND THEN 'duplicate' ELSE 'conflict' END;
                RETURN NEXT; RETURN;
            END;
            UPDATE preferences_comparisontask SET status = 'done', leased_to_id = NULL, lease_expires_at = NULL
             WHERE id = t.id;
            judged_task := t.id;
            outcome := 'stored';
        END IF;
    END IF;
    IF NOT p_next THEN
        RETURN NEXT; RETURN;
    END IF;
    IF c.ranking_k > 0 THEN
        next_state := 'fallback'; RETURN NEXT; RETURN;
    END IF;
    -- The reviewer's current lease, else a free evaluation pair, else (no gold drawn) the first free pair;
    -- never a pair they judged a copy of.
    SELECT ct.id INTO next_task
      FROM preferences_comparisontask ct JOIN labeling_item i ON i.id = ct.item_id
     WHERE i.campaign_id = p_campaign AND ct.status = 'open' AND ct.leased_to_id = p_user
       AND ct.lease_expires_at > p_now
     ORDER BY ct.id LIMIT 1;
    IF FOUND THEN
        next_state := 'mine';
    ELSE
        SELECT ct.id INTO next_task
          FROM preferences_comparisontask ct JOIN labeling_item i ON i.id = ct.item_id
         WHERE i.campaign_id = p_campaign AND ct.evaluation AND ct.status = 'open'
           AND (ct.leased_to_id IS NULL OR ct.lease_expires_at <= p_now)
           AND NOT EXISTS (
               SELECT 1 FROM preferences_comparisontask u JOIN preferences_judgement j ON j.task_id = u.id
                WHERE j.reviewer_id = p_user
                  AND ((u.left_id = ct.left_id AND u.right_id = ct.right_id)
                       OR (u.left_id = ct.right_id AND u.right_id = ct.left_id)))
         ORDER BY ct.id LIMIT 1
           FOR UPDATE OF ct SKIP LOCKED;
        IF NOT FOUND AND p_gold_draw THEN
            next_state := 'fallback'; RETURN NEXT; RETURN;
        END IF;
        IF NOT FOUND THEN
            SELECT ct.id INTO next_task
              FROM preferences_comparisontask ct JOIN labeling_item i ON i.id = ct.item_id
             WHERE i.campaign_id = p_campaign AND ct.status = 'open' AND NOT ct.is_gold AND NOT ct.evaluation
               AND (ct.leased_to_id IS NULL OR ct.lease_expires_at <= p_now)
               AND NOT EXISTS (
                   SELECT 1 FROM preferences_comparisontask u JOIN preferences_judgement j ON j.task_id = u.id
                    WHERE j.reviewer_id = p_user
                      AND ((u.left_id = ct.left_id AND u.right_id = ct.right_id)
                           OR (u.left_id = ct.right_id AND u.right_id = ct.left_id)))
             ORDER BY ct.id LIMIT 1
               FOR UPDATE OF ct SKIP LOCKED;
            IF NOT FOUND THEN
                next_state := 'empty'; RETURN NEXT; RETURN;
            END IF;
            SELECT count(*) INTO pool FROM preferences_candidate cand
             WHERE cand.item_id = (SELECT item_id FROM preferences_comparisontask WHERE id = next_task)
               AND cand.rewrite_of_id IS NULL AND NOT cand.evaluation;
            IF pool >= 3 THEN  -- the ORM picks the most informative pair of such an item
                next_state := 'fallback'; next_task := NULL; RETURN NEXT; RETURN;
            END IF;
        END IF;
        UPDATE preferences_comparisontask SET leased_to_id = p_user, lease_expires_at = p_lease_until
         WHERE id = next_task;
        next_state := 'leased';
    END IF;
    SELECT ct.item_id, i.text, l.text, r.text, ct.lease_expires_at, ct.evaluation
      INTO next_item, next_item_text, next_a, next_b, next_expires, next_evaluation
      FROM preferences_comparisontask ct
      JOIN labeling_item i ON i.id = ct.item_id
      JOIN preferences_candidate l ON l.id = ct.left_id
      JOIN preferences_candidate r ON r.id = ct.right_id
     WHERE ct.id = next_task;
    RETURN NEXT;
END;
$$;
