### Die Sicherheitshinweise: wer vorher fragen sollte, wie man beginnt, wann
### man aufhört, die Warnzeichen und wie man notärztliche Hilfe holt.
### Die Quelle ist core/locales/en/safety.ftl; die festen Begriffe stehen
### in docs/glossary/de.md. Jeder Satz behält genau seine Bedeutung und
### Dringlichkeit („sofort“ für „now“, „bald“ für „soon“); keine Diagnose.
### Die Punkte einer Gruppe setzen den Satz ihrer Überschrift fort
### („…, wenn Sie“ + „vor Kurzem … hatten.“).

## Der Sicherheitsbildschirm.

safety-urgent-heading = ⚠  { $heading }
safety-why-move = { $moving_helps } { $clinicians }
safety-understood = Ich habe das gelesen

safety-title = Bevor Sie beginnen

safety-intro = Diese App gibt allgemeine Hinweise zu Übungen. Sie stellt keine Diagnose und ersetzt keinen ärztlichen oder physiotherapeutischen Rat.

safety-moving-helps = Bewegung hilft. Bettruhe und Schonung, lange der übliche Rat bei Rückenschmerzen, helfen nicht bei der Besserung; behutsam aktiv zu bleiben schon.

safety-clinicians = Ärztlich und physiotherapeutisch werden Übungen wie diese oft empfohlen, bei Rücken- oder Hüftbeschwerden oder in der Rehabilitation nach einer Verletzung.

safety-red-flags-note = Üben Sie nicht, bevor Sie ärztlichen Rat eingeholt haben.

## Holen Sie vorher ärztlichen oder physiotherapeutischen Rat ein, wenn Sie

safety-ask-first-heading = Holen Sie vorher ärztlichen oder physiotherapeutischen Rat ein, wenn Sie
safety-ask-first-1 = vor Kurzem eine Verletzung an Rücken, Hüften oder Beinen hatten.
safety-ask-first-2 = in den letzten Monaten operiert wurden, vor allem an der Wirbelsäule oder der Hüfte.
safety-ask-first-3 = ein künstliches Hüftgelenk haben, ganz gleich, seit wann (einige dieser Übungen beugen die Hüfte stark).
safety-ask-first-4 = schwanger sind oder vor Kurzem ein Kind bekommen haben.
safety-ask-first-5 = Osteoporose haben (dünne oder brüchige Knochen).
safety-ask-first-6 = eine diagnostizierte Erkrankung der Wirbelsäule, der Gelenke oder der Nerven haben.
safety-ask-first-7 = nicht sicher sind, ob diese Übungen für Sie geeignet sind.

## Beginnen Sie behutsam

safety-start-gently-heading = Beginnen Sie behutsam
safety-start-gently-1 = Beginnen Sie mit der sanftesten Stufe und kurzen Haltezeiten.
safety-start-gently-2 = Steigen Sie in jede Einheit behutsam ein: Die ersten Wiederholungen sind die sanftesten.
safety-start-gently-3 = Bewegen Sie sich langsam. Wippen Sie nie, und erzwingen Sie nie eine Dehnung.
safety-start-gently-4 = Atmen Sie normal weiter. Halten Sie nicht die Luft an.
safety-start-gently-5 = Steigern Sie sich nach und nach, über Tage und Wochen.
safety-start-gently-6 = Ein leichtes Ziehen oder eine leichte Anstrengung ist in Ordnung. Stechender Schmerz nicht.

## Aufhören oder sich zurücknehmen

safety-stop-heading = Aufhören oder sich zurücknehmen
safety-stop-1 = Hören Sie auf, wenn Ihre Schmerzen stärker werden oder sich ausbreiten, zum Beispiel ins Bein.
safety-stop-2 = Verringern Sie beim nächsten Mal die Intensität oder lassen Sie diese Übung weg.
safety-stop-3 = Hören Sie auf, wenn Ihnen schwindlig wird, Sie sich einer Ohnmacht nahe fühlen oder neues Kribbeln oder neue Taubheit spüren.
safety-stop-4 = Wenn die Schmerzen am nächsten Tag immer noch stärker sind, bleiben Sie behutsam aktiv und holen Sie sich Rat.

## Holen Sie sofort notärztliche Hilfe, wenn zu Rücken- oder Hüftschmerzen hinzukommt

safety-emergency-heading = Holen Sie sofort notärztliche Hilfe, wenn zu Rücken- oder Hüftschmerzen Folgendes hinzukommt
safety-emergency-1 = Verlust der Kontrolle über Blase oder Darm, oder Sie können kein Wasser lassen.
safety-emergency-2 = Taubheit in der Leiste, im Genitalbereich oder am Gesäß.
safety-emergency-3 = Schmerzen, Taubheit oder Schwäche in beiden Beinen.
safety-emergency-4 = Schwäche in einem Bein, die zunimmt.
safety-emergency-5 = Neue Probleme mit der Erektion oder mit dem Empfinden beim Sex.
safety-emergency-6 = Plötzliche starke Schmerzen, wie Sie sie noch nie hatten.
safety-emergency-7 = Hüft- oder Leistenschmerzen nach einem Sturz oder Stoß, und Sie können nicht auf dem Bein stehen.
safety-emergency-8 = Eine heiße, geschwollene, sehr schmerzhafte Hüfte mit Fieber oder Krankheitsgefühl.

## Gehen Sie bald zu einer Ärztin oder einem Arzt, wenn zu Rücken- oder Hüftschmerzen hinzukommt

safety-soon-heading = Gehen Sie bald zu einer Ärztin oder einem Arzt, wenn zu Rücken- oder Hüftschmerzen Folgendes hinzukommt
safety-soon-1 = Fieber, ein allgemeines Krankheitsgefühl oder ein Gewichtsverlust, den Sie sich nicht erklären können.
safety-soon-2 = Eine Krebserkrankung, auch eine frühere.
safety-soon-3 = Rückenschmerzen zum ersten Mal vor dem 20. oder nach dem 50. Lebensjahr.
safety-soon-4 = Langfristige Einnahme von Kortison (Steroiden), ein geschwächtes Immunsystem oder das Spritzen von Drogen.
safety-soon-5 = Eine sichtbare Veränderung der Form Ihrer Wirbelsäule.
safety-soon-6 = Rückenschmerzen, die nach einem Sturz oder Unfall begonnen haben.
safety-soon-7 = Schmerzen, die nicht nachlassen, wenn Sie sich ausruhen oder die Lage wechseln.
safety-soon-8 = Schmerzen, die nachts unverändert anhalten.

## Wie man notärztliche Hilfe holt, unter der Notfallgruppe.

# `$number` ist die Notrufnummer der Region („112“).
safety-get-help = Rufen Sie sofort die { $number } an oder gehen Sie sofort in eine Notaufnahme.
safety-get-help-local = Rufen Sie sofort Ihre örtliche Notrufnummer an oder gehen Sie sofort in eine Notaufnahme.

## Nach einer Einheit (Abschluss): was zu tun ist, wenn es wehtat, und die
## Angebote, die Stufe zu ändern oder eine Übung wegzulassen. Ruhig und
## praktisch; nie eine Diagnose.

advice-care-heading = Lassen Sie es für den Rest des Tages ruhig angehen
advice-care-stop = Hören Sie für heute auf, und üben Sie nicht gegen den Schmerz weiter.
advice-care-next-time = Versuchen Sie beim nächsten Mal eine niedrigere Stufe oder lassen Sie jede Übung weg, die wehgetan hat.
advice-care-at-gentlest = Das war schon die sanfteste Stufe: Lassen Sie jede Übung weg, die wehgetan hat, und fragen Sie in der Physiotherapie, welche Übungen zu Ihnen passen.
advice-care-keep-active = Bleiben Sie behutsam aktiv: Gehen Sie und bewegen Sie sich, so gut es geht. Bettruhe hilft nicht.
advice-care-ask = Wenn die Schmerzen in den nächsten Tagen stärker bleiben, holen Sie ärztlichen oder physiotherapeutischen Rat ein.

advice-pain-went-down = Ihre Schmerzen sind von { $before } auf { $after } gesunken. Gut gemacht.
advice-pain-same = Genauso wie vor der Einheit: { $before }.
advice-pain-before = Vor der Einheit haben Sie { $before } angegeben.

advice-change = { $exercise } ({ $from } → { $to })
advice-offer = { $direction ->
        [up] Beim nächsten Mal etwas mehr versuchen? { $exercises }
       *[down] Beim nächsten Mal die Intensität verringern? { $exercises }
    }
advice-offer-pain-rose = { $direction ->
        [up] Ihre Schmerzen sind von { $from } auf { $to } gestiegen. Beim nächsten Mal etwas mehr versuchen? { $exercises }
       *[down] Ihre Schmerzen sind von { $from } auf { $to } gestiegen. Beim nächsten Mal die Intensität verringern? { $exercises }
    }
advice-offer-pain-high = { $direction ->
        [up] Ihre Schmerzen liegen bei { $pain } von 10. Beim nächsten Mal etwas mehr versuchen? { $exercises }
       *[down] Ihre Schmerzen liegen bei { $pain } von 10. Beim nächsten Mal die Intensität verringern? { $exercises }
    }
advice-offer-stayed-low = { $direction ->
        [down] Ihre Schmerzen sind seit { $sessions } Einheiten niedrig. Beim nächsten Mal die Intensität verringern? { $exercises }
       *[up] Ihre Schmerzen sind seit { $sessions } Einheiten niedrig. Beim nächsten Mal etwas mehr versuchen? { $exercises }
    }
advice-button-down = Intensität verringern
advice-button-up = Steigern
advice-done-down = Erledigt: Diese Übungen sind beim nächsten Mal eine Stufe sanfter.
advice-done-up = Erledigt: Diese Übungen sind beim nächsten Mal eine Stufe kräftiger.

advice-leave-out-offer = Lassen Sie { $exercise } weg, bis die Übung sich leichter anfühlt oder physiotherapeutisch geklärt ist, dass sie zu Ihnen passt. Auf dem Bildschirm „Übungsfolge“ können Sie sie wieder aufnehmen.
advice-leave-out-alternative = Oder lassen Sie { $exercise } vorerst weg.
advice-leave-out-button = Diese Übung beim nächsten Mal weglassen
advice-leave-out-done = Erledigt: { $exercise } ist aus Ihren Übungsfolgen weggelassen. Auf dem Bildschirm „Übungsfolge“ können Sie sie wieder aufnehmen.
