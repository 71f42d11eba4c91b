package speaker

import "testing"

// TestN114WhoseVerb checks a clause of "whose" with an appositive
// between its noun and its verb: the comma before the verb ends no
// mention. A clause that has its verb before the comma ends there.
func TestN114WhoseVerb(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“We were told the money would come,” said Meera Toppo, whose husband, a tailor, was travelling in the coach.", "We were told the money would come,", "Meera Toppo, whose husband, a tailor, was travelling in the coach", "Meera Toppo"},
		{"Meera Toppo, whose son, a driver, had been hurt, said the money was late.", "the money was late", "Meera Toppo, whose son, a driver, had been hurt,", "Meera Toppo"},
		{"Meera Toppo, whose husband was a tailor, said the money was late.", "the money was late", "Meera Toppo, whose husband was a tailor,", "Meera Toppo"},
	})
}

// TestN114Retort checks a retort's verb before "back" after a
// quotation, inside a split one and after a whole one.
func TestN114Retort(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“I audited the city because somebody had to,” Vanessa Tremblay-Ochoa shot back. “And your office signed the contracts.”", "I audited the city because somebody had to,", "Vanessa Tremblay-Ochoa", "Vanessa Tremblay-Ochoa"},
		{"“That is not true,” the mayor fired back.", "That is not true,", "the mayor", "the mayor"},
	})
}
