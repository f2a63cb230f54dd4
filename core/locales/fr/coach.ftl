### Ce que dit le guide vocal autour des mots du contenu (« Tenez 15 secondes. », « 3, 2, 1 »). Chaque ligne est dite à voix haute : écrivez-la pour être entendue.
### La source est core/locales/en/coach.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.
