### L'écran Sécurité et les signaux d'alerte partout où ils apparaissent. Chaque phrase garde exactement son sens et son urgence.
### La source est core/locales/en/safety.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The Safety screen.

# The heading of a group of signs to act on soon or at once, after a
# warning sign; `$heading` is the group's own heading.
safety-urgent-heading = ⚠  { $heading }
# The card at the top: why moving helps (`$moving_helps`), then who to
# ask (`$clinicians`), each a sentence already written.
safety-why-move = { $moving_helps } { $clinicians }
# The button on the first run, before anything else.
safety-understood = J'ai lu ces informations
# Title of the safety screen and the first line of the safety text.
safety-title = Avant de commencer

# Shown above the sections: what this app is and is not.
safety-intro = Cette application donne des conseils généraux d'exercice. Elle ne pose pas de diagnostic et ne remplace pas l'avis d'un médecin ou d'un kinésithérapeute.

# Why these exercises at all: moving is what helps. Shown first, with `safety-clinicians` after it.
safety-moving-helps = Bouger aide. Rester au lit et éviter l'exercice, longtemps conseillés en cas de mal de dos, n'aident pas à aller mieux ; garder une activité douce, si.

# Where exercises like these come from; follows `safety-moving-helps`.
safety-clinicians = Les médecins et les kinésithérapeutes recommandent souvent des exercices comme ceux-ci pour un problème de dos ou de hanche, ou en rééducation après une blessure.

# Said under the red flags wherever they are shown.
safety-red-flags-note = Ne faites pas d'exercice avant d'avoir pris un avis médical.

## Ask a doctor or physiotherapist first if you

# The heading of the group (`safety-ask-first-1` … its points follow).
safety-ask-first-heading = Demandez d'abord l'avis d'un médecin ou d'un kinésithérapeute si
safety-ask-first-1 = Vous avez eu récemment une blessure au dos, aux hanches ou aux jambes.
safety-ask-first-2 = Vous avez subi une opération ces derniers mois, surtout de la colonne vertébrale ou de la hanche.
safety-ask-first-3 = Vous avez une prothèse de hanche, même ancienne (certains de ces exercices fléchissent beaucoup la hanche).
safety-ask-first-4 = Vous êtes enceinte, ou vous avez accouché récemment.
safety-ask-first-5 = Vous avez de l'ostéoporose (des os amincis ou fragiles).
safety-ask-first-6 = Vous avez une affection diagnostiquée de la colonne vertébrale, des articulations ou des nerfs.
safety-ask-first-7 = Vous ne savez pas si ces exercices vous conviennent.

## Start gently

# The heading of the group (`safety-start-gently-1` … its points follow).
safety-start-gently-heading = Commencez en douceur
safety-start-gently-1 = Commencez au niveau le plus doux, avec des maintiens courts.
safety-start-gently-2 = Entrez progressivement dans chaque séance : les premières répétitions sont les plus douces.
safety-start-gently-3 = Bougez lentement. Jamais d'à-coups, et ne forcez jamais un étirement.
safety-start-gently-4 = Respirez normalement. Ne bloquez pas votre respiration.
safety-start-gently-5 = Augmentez peu à peu, au fil des jours et des semaines.
safety-start-gently-6 = Un léger étirement ou un effort modéré, c'est normal. Une douleur vive, non.

## Stop or ease off

# The heading of the group (`safety-stop-1` … its points follow).
safety-stop-heading = Arrêtez ou réduisez l'effort
safety-stop-1 = Arrêtez si votre douleur augmente ou s'étend, par exemple le long d'une jambe.
safety-stop-2 = La prochaine fois, diminuez l'intensité ou retirez cet exercice.
safety-stop-3 = Arrêtez en cas de vertiges, de sensation d'évanouissement, ou de fourmillements ou d'engourdissement nouveaux.
safety-stop-4 = Si la douleur reste plus forte le lendemain, gardez une activité douce et demandez conseil.

## Get emergency help now if back or hip pain comes with

# The heading of the group (`safety-emergency-1` … its points follow).
safety-emergency-heading = Appelez les urgences maintenant si une douleur du dos ou de la hanche s'accompagne de
safety-emergency-1 = Perte du contrôle de la vessie ou des selles, ou impossibilité d'uriner.
safety-emergency-2 = Engourdissement de l'aine, des parties génitales ou des fesses.
safety-emergency-3 = Douleur, engourdissement ou faiblesse dans les deux jambes.
safety-emergency-4 = Faiblesse d'une jambe qui s'aggrave.
safety-emergency-5 = Nouveaux troubles de l'érection ou de la sensibilité pendant les rapports sexuels.
safety-emergency-6 = Douleur soudaine et intense, différente de toutes celles que vous avez connues.
safety-emergency-7 = Douleur de la hanche ou de l'aine après une chute ou un choc, avec impossibilité de prendre appui sur la jambe.
safety-emergency-8 = Hanche chaude, gonflée et très douloureuse, avec de la fièvre ou une sensation de malaise.

## See a doctor soon if back or hip pain comes with

# The heading of the group (`safety-soon-1` … its points follow).
safety-soon-heading = Consultez rapidement un médecin si une douleur du dos ou de la hanche s'accompagne de
safety-soon-1 = Fièvre, sensation générale de malaise, ou perte de poids inexpliquée.
safety-soon-2 = Antécédents de cancer.
safety-soon-3 = Mal de dos pour la première fois avant 20 ans ou après 50 ans.
safety-soon-4 = Traitement prolongé par corticoïdes, défenses immunitaires affaiblies, ou consommation de drogues par injection.
safety-soon-5 = Changement visible de la forme de votre colonne vertébrale.
safety-soon-6 = Mal de dos apparu après une chute ou un accident.
safety-soon-7 = Douleur qui ne diminue pas au repos ni en changeant de position.
safety-soon-8 = Douleur qui reste constante la nuit.

## How to get emergency help, said under the emergency group.

# `$number` is the emergency number of the person's region ("112", "999",
# "911").
safety-get-help = Appelez le { $number } ou allez aux urgences maintenant.
# Where the region's number is not known.
safety-get-help-local = Appelez le numéro d'urgence de votre pays ou allez aux urgences maintenant.

## After a session (the Finish screen): what to do when it hurt, and the
## offers to change the level or leave an exercise out. Calm and practical;
## never a diagnosis.

# The heading of the words for a session that hurt (pain rose, is high,
# or the person stopped because it hurt).
advice-care-heading = Ménagez-vous pour le reste de la journée
# Said first, whatever the level.
advice-care-stop = Arrêtez pour aujourd'hui, et ne forcez pas malgré la douleur.
# When a lower level exists for what hurt.
advice-care-next-time = La prochaine fois, essayez un niveau plus doux, ou retirez tout exercice qui a fait mal.
# When what hurt is already at the gentlest level.
advice-care-at-gentlest = C'était déjà le niveau le plus doux : retirez tout exercice qui a fait mal, et demandez à un kinésithérapeute quels exercices vous conviennent.
# Moving, not bed rest.
advice-care-keep-active = Gardez une activité douce : marchez et bougez comme vous le pouvez. Rester au lit n'aide pas.
advice-care-ask = Si la douleur reste plus forte les jours suivants, demandez l'avis d'un médecin ou d'un kinésithérapeute.

# Under the pain scale after a session: pain (0–10) `$before` the session
# and `$after` it.
advice-pain-went-down = Votre douleur est passée de { $before } à { $after }. Bon travail.
advice-pain-same = Comme avant la séance : { $before }.
advice-pain-before = Avant la séance, vous aviez indiqué { $before }.

# One exercise whose level would change: `$exercise` is its title, `$from`
# and `$to` the levels' names ("Knee to chest (Standard → Gentle)").
advice-change = { $exercise } ({ $from } → { $to })
# The offer of a change of level. `$direction` is down (gentler) or up
# (stronger); `$exercises` the exercises that would change, each as
# `advice-change` writes it, joined by commas.
advice-offer = { $direction ->
        [up] Essayer un peu plus la prochaine fois ? { $exercises }
       *[down] Diminuer l'intensité la prochaine fois ? { $exercises }
    }
# The same after pain (0–10) went up from `$from` to `$to`.
advice-offer-pain-rose = { $direction ->
        [up] Votre douleur est passée de { $from } à { $to }. Essayer un peu plus la prochaine fois ? { $exercises }
       *[down] Votre douleur est passée de { $from } à { $to }. Diminuer l'intensité la prochaine fois ? { $exercises }
    }
# The same when pain after the session is `$pain` (6 or more).
advice-offer-pain-high = { $direction ->
        [up] Votre douleur est à { $pain } sur 10. Essayer un peu plus la prochaine fois ? { $exercises }
       *[down] Votre douleur est à { $pain } sur 10. Diminuer l'intensité la prochaine fois ? { $exercises }
    }
# The same after `$sessions` sessions in a row with low pain.
advice-offer-stayed-low = { $direction ->
        [down] Votre douleur est restée faible pendant { $sessions } séances. Diminuer l'intensité la prochaine fois ? { $exercises }
       *[up] Votre douleur est restée faible pendant { $sessions } séances. Essayer un peu plus la prochaine fois ? { $exercises }
    }
# The buttons that take the offer, and what is said once taken.
advice-button-down = Diminuer l'intensité
advice-button-up = Augmenter un peu
advice-done-down = C'est fait : ces exercices seront d'un niveau plus doux la prochaine fois.
advice-done-up = C'est fait : ces exercices seront d'un niveau plus fort la prochaine fois.

# After "This hurts": the offer to leave the exercise (`$exercise`, its
# title) out of the person's routines from now on.
advice-leave-out-offer = Retirez { $exercise } jusqu'à ce que ce soit plus facile ou qu'un kinésithérapeute vous dise qu'il vous convient. L'écran Programme permet de le réintégrer.
# Said after the offer of a lower level, as the other way.
advice-leave-out-alternative = Ou retirez { $exercise } pour l'instant.
advice-leave-out-button = Retirer cet exercice la prochaine fois
advice-leave-out-done = C'est fait : { $exercise } est retiré de vos programmes. Réintégrez-le depuis l'écran Programme.
