package dict

import (
	"annals/actor"
	"annals/verb"
	"testing"
)

func TestCompileBuiltin(t *testing.T) {
	as, vs, err := Sources()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := verb.Compile(vs...); err != nil {
		t.Error(err)
	}
	if _, err := actor.Compile(as...); err != nil {
		t.Error(err)
	}
}
